package vn.trienkhai.reporting.document;

import java.util.List;
import java.util.stream.Stream;

/**
 * The units' side of a report: one row per unit expected to report and the texts of those that wrote any. A
 * writer reads them as often as it needs, one at a time, so a round of thousands of units is never held whole:
 * the assembly's implementation reads them from the database with a cursor. Close every stream taken.
 */
public interface UnitLines {

    UnitCounts counts();

    /** Every unit expected to report, in the report's order. */
    Stream<UnitFigures> units();

    /** The units with the given status, in the report's order. */
    default Stream<UnitFigures> units(SubmissionStatus status) {
        return units().filter(unit -> unit.status() == status);
    }

    /** What the units that reported wrote, in the report's order; units that wrote nothing are left out. */
    Stream<UnitNarrative> narratives();

    /** Lines held in memory, for small reports and tests. */
    static UnitLines of(List<UnitFigures> units, List<UnitNarrative> narratives) {
        List<UnitFigures> rows = List.copyOf(units);
        List<UnitNarrative> texts = List.copyOf(narratives);
        UnitCounts counts = new UnitCounts(rows.size(), status(rows, SubmissionStatus.ON_TIME),
                status(rows, SubmissionStatus.LATE), status(rows, SubmissionStatus.MISSING),
                texts.stream().filter(text -> !SafeText.clean(text.findings().limitations()).isEmpty()).count(),
                texts.stream().filter(text -> !SafeText.clean(text.findings().causes()).isEmpty()).count(),
                texts.stream().filter(text -> !SafeText.clean(text.findings().proposals()).isEmpty()).count(),
                texts.size());
        return new UnitLines() {
            @Override
            public UnitCounts counts() {
                return counts;
            }

            @Override
            public Stream<UnitFigures> units() {
                return rows.stream();
            }

            @Override
            public Stream<UnitNarrative> narratives() {
                return texts.stream();
            }
        };
    }

    private static long status(List<UnitFigures> rows, SubmissionStatus status) {
        return rows.stream().filter(unit -> unit.status() == status).count();
    }
}

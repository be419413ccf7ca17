package vn.trienkhai.reporting.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the units wrote on one part of their reports (kết quả, hạn chế, kiến nghị), gathered for the body: one line
 * per text with the units that wrote it ("- Tổ dân phố số 1, Tổ dân phố số 2: …"), shortest text first (a leader
 * reads the short points first; ties in the report's order), equal texts merged into one line naming every unit.
 * Texts are equal when they are after trimming, collapsing white space, dropping the final punctuation and ignoring
 * case. A text that says only that there is nothing ("Không", "Không có kiến nghị.") is left out of the body.
 *
 * <p>Only the {@link #MOST_TEXTS} shortest texts are kept while the units stream by, so a round of thousands of
 * units is never held whole; the others are counted and left to the appendix, which has every text in full. A text
 * once pushed out cannot come back: every text kept since is shorter or came earlier.
 */
final class GatheredTexts {

    /** Texts printed in one section; the rest are in the appendix. */
    static final int MOST_TEXTS = 30;
    /** Units named on one line; the others are counted ("và 12 đơn vị khác"). */
    static final int MOST_NAMES = 20;
    /** A longer text is cut in the body ("…"); the appendix has it whole. */
    static final int MOST_CHARACTERS = 1_500;

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Pattern TRAILING = Pattern.compile("[\\s.;:,]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final String TOPIC = "(ý kiến|kiến nghị|đề xuất|hạn chế|khó khăn|vướng mắc|tồn tại)";
    private static final Pattern NOTHING = Pattern.compile("^(không|chưa|không có|chưa có|không có gì|ko|-+|…+)$"
            + "|^(không|chưa)( có)?( gì)? " + TOPIC + "([ ,/]+(và )?" + TOPIC + ")*( gì)?$");

    private GatheredTexts() {
    }

    /** One printed line: the text as the first unit wrote it, the units named on it and how many wrote it. */
    record Line(String text, List<String> units, long unitCount) {
    }

    /**
     * @param lines      the lines to print, shortest first
     * @param otherUnits units whose text is not printed (beyond {@link #MOST_TEXTS} texts), left to the appendix
     */
    record Gathered(List<Line> lines, long otherUnits) {

        boolean isEmpty() {
            return lines.isEmpty();
        }
    }

    static Gathered of(Stream<UnitNarrative> narratives, Function<Findings, String> part) {
        return of(narratives, part, MOST_TEXTS);
    }

    static Gathered of(Stream<UnitNarrative> narratives, Function<Findings, String> part, int mostTexts) {
        Map<String, Group> byKey = new HashMap<>();
        TreeSet<Group> shortest = new TreeSet<>(Comparator.comparingInt((Group group) -> group.length)
                .thenComparingLong(group -> group.first));
        long index = 0;
        long wrote = 0;
        for (var each = narratives.iterator(); each.hasNext(); index++) {
            UnitNarrative narrative = each.next();
            String text = text(part.apply(narrative.findings()));
            if (text.isEmpty()) {
                continue;
            }
            wrote++;
            String name = SafeText.line(narrative.unitName());
            String key = key(text);
            Group group = byKey.get(key);
            if (group != null) {
                group.add(name);
                continue;
            }
            group = new Group(text, SafeText.clean(text, MOST_CHARACTERS), index);
            if (shortest.size() < mostTexts || shortest.comparator().compare(group, shortest.last()) < 0) {
                group.add(name);
                byKey.put(key, group);
                shortest.add(group);
                if (shortest.size() > mostTexts) {
                    byKey.remove(key(shortest.pollLast().text));
                }
            }
        }
        List<Line> lines = new ArrayList<>(shortest.size());
        long printed = 0;
        for (Group group : shortest) {
            lines.add(new Line(group.shown, List.copyOf(group.names), group.count));
            printed += group.count;
        }
        return new Gathered(lines, wrote - printed);
    }

    /** "- Tổ dân phố số 1, Công an phường: …;" — the last line of a list ends with a full stop. */
    static String item(Line line, boolean last) {
        String names = String.join(", ", line.units());
        long others = line.unitCount() - line.units().size();
        if (others > 0) {
            names += " và " + others + " đơn vị khác";
        }
        return "- " + names + ": " + line.text() + (last ? "." : ";");
    }

    /** The text as printed: cleaned, without its final punctuation; empty when it says nothing. */
    static String text(String raw) {
        String text = TRAILING.matcher(SafeText.clean(raw).strip()).replaceAll("");
        return text.isEmpty() || NOTHING.matcher(key(text)).matches() ? "" : text;
    }

    /** What two texts must share to be the same: white space collapsed, case ignored. */
    static String key(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip().toLowerCase(VIETNAMESE);
    }

    private static final class Group {

        private final String text;
        private final String shown;
        private final int length;
        private final long first;
        private final List<String> names = new ArrayList<>();
        private long count;

        Group(String text, String shown, long first) {
            this.text = text;
            this.shown = shown;
            this.length = text.codePointCount(0, text.length());
            this.first = first;
        }

        void add(String name) {
            count++;
            if (names.size() < MOST_NAMES) {
                names.add(name);
            }
        }
    }
}

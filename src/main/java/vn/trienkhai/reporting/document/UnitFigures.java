package vn.trienkhai.reporting.document;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * One unit's row: its name, whether it reported on time, when it submitted ({@code null} if missing) and its
 * figures by metric key (a metric without a figure is left empty).
 */
public record UnitFigures(String unitName, SubmissionStatus status, LocalDateTime submittedAt,
                          Map<String, BigDecimal> figures) {

    public UnitFigures {
        figures = figures == null ? Map.of() : Map.copyOf(figures);
    }
}

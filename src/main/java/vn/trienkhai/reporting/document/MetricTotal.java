package vn.trienkhai.reporting.document;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The total of one metric over the units that reported, compared with the previous period and with the same period
 * last year; a comparison is absent when there are no data for it.
 */
public record MetricTotal(String metricKey, BigDecimal value, Optional<Comparison> previousPeriod,
                          Optional<Comparison> samePeriodLastYear) {

    /** A total with comparisons where the earlier totals are known ({@code null} when not). */
    public static MetricTotal of(String metricKey, BigDecimal value, BigDecimal previous, BigDecimal lastYear) {
        return new MetricTotal(metricKey, value,
                Optional.ofNullable(previous).map(earlier -> Comparison.of(value, earlier)),
                Optional.ofNullable(lastYear).map(earlier -> Comparison.of(value, earlier)));
    }
}

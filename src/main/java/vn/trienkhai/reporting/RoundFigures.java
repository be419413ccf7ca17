package vn.trienkhai.reporting;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/** One unit's line in a consolidation: its own figures and its sub-units' (child rollout) totals. */
record RoundFigures(long unitId, Map<String, BigDecimal> own, Map<String, BigDecimal> subUnits) {

    static RoundFigures of(long unitId) {
        return new RoundFigures(unitId, new TreeMap<>(), new TreeMap<>());
    }

    BigDecimal own(String metricKey) {
        return own.getOrDefault(metricKey, BigDecimal.ZERO);
    }

    BigDecimal subUnits(String metricKey) {
        return subUnits.getOrDefault(metricKey, BigDecimal.ZERO);
    }

    BigDecimal total(String metricKey) {
        return own(metricKey).add(subUnits(metricKey));
    }

    static void add(Map<String, BigDecimal> into, String metricKey, BigDecimal value) {
        into.merge(metricKey, value, BigDecimal::add);
    }
}

package vn.trienkhai.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

class RoundConsolidationTests extends ReportingProcessTestSupport {

    @Test
    void sumsPerUnitAndInTotalWithTheCascadingUnitsSubUnitsIncluded() throws Exception {
        Fixture fixture = plan();
        ProcessInstance child = startRound(fixture, fixture.childRolloutId());
        submit(child, "RT-TDP11", 1, "250000.50", "2");
        review(child, "RT-TDP11", "accept", null, "rt-kp1");
        submit(child, "RT-TDP12", 2, 100, "3");

        ProcessInstance parent = startRound(fixture, fixture.rolloutId());
        long roundId = roundId(parent);
        submit(parent, "RT-CA", 4, 1000, "5");
        submit(parent, "RT-KP1", 1, 50, "1");
        submit(parent, "RT-TDP03", 0, 0, "0");
        for (String unit : new String[] {"RT-CA", "RT-KP1", "RT-TDP03"}) {
            review(parent, unit, "accept", null);
        }
        executeJob(parent, ReportingRoundProcess.CONSOLIDATE);

        assertThat(unitLine(roundId, "RT-KP1", "accidents")).containsExactly(
                new BigDecimal("1.00"), new BigDecimal("3.00"), new BigDecimal("4.00"));
        assertThat(unitLine(roundId, "RT-KP1", "fines")).containsExactly(
                new BigDecimal("50.00"), new BigDecimal("250100.50"), new BigDecimal("250150.50"));
        assertThat(unitLine(roundId, "RT-CA", "checkpoints")).containsExactly(
                new BigDecimal("5.00"), new BigDecimal("0.00"), new BigDecimal("5.00"));
        assertThat(totals(roundId)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "accidents", "8.00 / 3", "fines", "251150.50 / 3", "checkpoints", "11.00 / 3"));
    }

    @Test
    void aRetriedConsolidationWritesTheSameRows() throws Exception {
        Fixture fixture = plan();
        ProcessInstance instance = startRound(fixture, fixture.rolloutId());
        long roundId = roundId(instance);
        submit(instance, "RT-CA", 7, 10, "1");
        review(instance, "RT-CA", "accept", null);
        submit(instance, "RT-TDP03", 3, 5, "1");
        review(instance, "RT-TDP03", "accept", null);
        submit(instance, "RT-KP1", 0, 0, "0");
        review(instance, "RT-KP1", "accept", null);
        executeJob(instance, ReportingRoundProcess.CONSOLIDATE);

        Map<String, String> first = totals(roundId);
        consolidation.consolidate(roundId, java.time.Instant.now());
        assertThat(totals(roundId)).isEqualTo(first).containsEntry("accidents", "10.00 / 3");
    }

    @org.springframework.beans.factory.annotation.Autowired RoundConsolidation consolidation;

    private Object[] unitLine(long roundId, String unitCode, String metric) {
        return jdbc.queryForObject("select own_value, sub_units_value, total from round_unit_total where round_id = ?"
                + " and unit_id = ? and metric_key = ?", (rs, row) -> new Object[] {rs.getBigDecimal(1),
                        rs.getBigDecimal(2), rs.getBigDecimal(3)}, roundId, unitId(unitCode), metric);
    }

    private Map<String, String> totals(long roundId) {
        Map<String, String> totals = new java.util.HashMap<>();
        jdbc.query("select metric_key, total, units_reported from round_total where round_id = ?", rs -> {
            totals.put(rs.getString(1), rs.getBigDecimal(2).toPlainString() + " / " + rs.getInt(3));
        }, roundId);
        return totals;
    }
}

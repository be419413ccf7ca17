package vn.trienkhai.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.trienkhai.system.QueryDatabase;

/** A round's period, as task names ask for it, on the real migrations. */
class RoundPeriodQueryTests {

    private final RoundPeriodQuery rounds = new RoundPeriodQuery(QueryDatabase.jdbc());

    @Test
    void aRoundNamesItsPeriodAndAnUnknownRoundNothing() {
        long plan = QueryDatabase.plan("17/KH-UBND", QueryDatabase.unit("RR-UB", "UBND phường"),
                QueryDatabase.directive("RR-08-CT/TU"));
        long rollout = QueryDatabase.rollout(plan);
        QueryDatabase.jdbc().update("""
                insert into reporting_round (plan_id, rollout_id, sequence, level, period_label, final_review, data_from,
                    cut_off, submission_deadline, consolidation_deadline, status, opened_at)
                values (?, ?, 2, 0, 'Quý II/2026', true, date '2026-03-15', date '2026-06-14', now(), now(), 'OPEN', now())
                """, plan, rollout);

        assertThat(rounds.periodOf(rollout, 2)).isEqualTo("Quý II/2026");
        assertThat(rounds.periodOf(rollout, 1)).isNull();
        assertThat(rounds.periodOf(-1, 2)).isNull();
    }
}

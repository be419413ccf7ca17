package vn.trienkhai.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.trienkhai.system.QueryDatabase;

/** A rollout's plan, as task names ask for it, on the real migrations. */
class RolloutPlanQueryTests {

    private final RolloutPlanQuery rollouts = new RolloutPlanQuery(QueryDatabase.jdbc());

    @Test
    void aRolloutNamesItsPlanAndAnUnknownOneNothing() {
        long plan = QueryDatabase.plan("16/KH-UBND", QueryDatabase.unit("RP-UB", "UBND xã"),
                QueryDatabase.directive("RP-08-CT/TU"));
        long rollout = QueryDatabase.rollout(plan);

        assertThat(rollouts.planOf(rollout)).isEqualTo(plan);
        assertThat(rollouts.planOf(-1)).isNull();
    }
}

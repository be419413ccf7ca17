package vn.trienkhai.rollout;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.trienkhai.tasklist.RolloutPlans;

/** A rollout's plan in one plain query, for task listeners inside the engine's transaction. */
@Component
class RolloutPlanQuery implements RolloutPlans {

    private final JdbcTemplate jdbc;

    RolloutPlanQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Long planOf(long rolloutId) {
        return jdbc.queryForList("select plan_id from rollout where id = ?", Long.class, rolloutId).stream().findFirst()
                .orElse(null);
    }
}

package vn.trienkhai.reporting;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.trienkhai.tasklist.RoundPeriods;

/** A round's period in one plain query, for task listeners inside the engine's transaction. */
@Component
class RoundPeriodQuery implements RoundPeriods {

    private final JdbcTemplate jdbc;

    RoundPeriodQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String periodOf(long rolloutId, int sequence) {
        return jdbc.queryForList("select period_label from reporting_round where rollout_id = ? and sequence = ?",
                String.class, rolloutId, sequence).stream().findFirst().orElse(null);
    }
}

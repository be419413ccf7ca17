package vn.trienkhai.rollout;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finished top-level rollouts brought in from their records, not run on the engine (the demo's history),
 * each marked by who brought it in.
 */
@Component
public class HistoricRollouts {

    private final JdbcTemplate jdbc;

    HistoricRollouts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the plan already has a rollout brought in under this mark. */
    public boolean recorded(long planId, String mark) {
        return jdbc.queryForObject("select count(*) from rollout where plan_id = ? and started_by = ?", Integer.class,
                planId, mark) > 0;
    }

    /** Records the plan's completed top-level rollout of that date; returns its id. */
    public long record(long planId, LocalDate rolloutDate, Instant at, String mark) {
        return jdbc.queryForObject("insert into rollout (plan_id, level, rollout_date, status, started_at, started_by)"
                + " values (?, 0, ?, 'COMPLETED', ?, ?) returning id", Long.class, planId, Date.valueOf(rolloutDate),
                Timestamp.from(at), mark);
    }
}

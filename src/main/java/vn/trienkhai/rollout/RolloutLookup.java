package vn.trienkhai.rollout;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rollouts as other features find them, one query per call. Plain SQL, so it runs unchanged inside the
 * engine's transaction; units and plans are named by id.
 */
@Component
public class RolloutLookup {

    /** A cascaded rollout and the unit that leads it. */
    public record Child(long rolloutId, long leadUnitId) {
    }

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    RolloutLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** The plan's running top-level rollout, else its latest: the one the progress matrix shows (a plan may have both). */
    public Optional<Long> currentTopLevel(long planId) {
        return jdbc.queryForList("""
                        select id from rollout where plan_id = ? and parent_rollout_id is null
                        order by status = 'RUNNING' desc, id desc limit 1""", Long.class, planId)
                .stream().findFirst();
    }

    /** The plans' own rollouts that are running, oldest first. */
    public List<Long> runningTopLevel() {
        return jdbc.queryForList("select id from rollout where parent_rollout_id is null and status = 'RUNNING' order by id",
                Long.class);
    }

    public Optional<Long> planIdOf(long rolloutId) {
        return jdbc.queryForList("select plan_id from rollout where id = ?", Long.class, rolloutId).stream().findFirst();
    }

    /** The rollouts cascaded from this one, oldest first. */
    public List<Child> childrenOf(long rolloutId) {
        return jdbc.query("select id, lead_unit_id from rollout where parent_rollout_id = ? order by id",
                (rs, row) -> new Child(rs.getLong(1), rs.getLong(2)), rolloutId);
    }

    /**
     * The rollouts of these plans at the same place in a cascade: the same level and the same cascading unit
     * ({@code null} at the top level).
     */
    public List<Long> idsAt(int level, Long leadUnitId, Collection<Long> planIds) {
        if (planIds.isEmpty()) {
            return List.of();
        }
        return named.queryForList("""
                        select id from rollout where level = :level and lead_unit_id is not distinct from :lead
                        and plan_id in (:plans) order by id""",
                new MapSqlParameterSource(Map.of("level", level, "plans", List.copyOf(planIds)))
                        .addValue("lead", leadUnitId, java.sql.Types.BIGINT), Long.class);
    }
}

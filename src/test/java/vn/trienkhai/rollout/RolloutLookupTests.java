package vn.trienkhai.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.trienkhai.system.QueryDatabase;

/** Rollouts as other features find them, and a finished one brought in from its records, on the real migrations. */
class RolloutLookupTests {

    private static long ward;
    private static long plan;
    private static long finished;
    private static long running;
    private static long child;

    private final RolloutLookup rollouts = new RolloutLookup(QueryDatabase.jdbc());
    private final HistoricRollouts history = new HistoricRollouts(QueryDatabase.jdbc());

    @BeforeAll
    static void rollouts() {
        JdbcTemplate jdbc = QueryDatabase.jdbc();
        long issuing = QueryDatabase.unit("RL-UB", "UBND huyện");
        ward = QueryDatabase.unit("RL-W", "Phường Một");
        plan = QueryDatabase.plan("31/KH-UBND", issuing, QueryDatabase.directive("RL-01-CT/TU"));
        finished = new HistoricRollouts(jdbc).record(plan, LocalDate.of(2025, 6, 16), Instant.now(), "rl-history");
        running = QueryDatabase.rollout(plan);
        child = jdbc.queryForObject("insert into rollout (plan_id, parent_rollout_id, lead_unit_id, level, rollout_date,"
                + " status, started_at) values (?, ?, ?, 1, date '2026-02-02', 'RUNNING', now()) returning id",
                Long.class, plan, running, ward);
    }

    @Test
    void thePlansCurrentRolloutIsTheRunningOneElseTheLatest() {
        assertThat(rollouts.currentTopLevel(plan)).contains(running);
        assertThat(rollouts.currentTopLevel(-1)).isEmpty();
        assertThat(rollouts.runningTopLevel()).contains(running).doesNotContain(finished, child);
        assertThat(rollouts.planIdOf(child)).contains(plan);
        assertThat(rollouts.planIdOf(-1)).isEmpty();
    }

    @Test
    void aRolloutsChildrenNameTheirCascadingUnit() {
        assertThat(rollouts.childrenOf(running)).containsExactly(new RolloutLookup.Child(child, ward));
        assertThat(rollouts.childrenOf(finished)).isEmpty();
    }

    @Test
    void rolloutsAtThePlaceInTheCascadeAreThoseOfTheLevelAndTheCascadingUnit() {
        assertThat(rollouts.idsAt(0, null, List.of(plan))).containsExactly(finished, running);
        assertThat(rollouts.idsAt(1, ward, List.of(plan))).containsExactly(child);
        assertThat(rollouts.idsAt(1, null, List.of(plan))).isEmpty();
        assertThat(rollouts.idsAt(0, null, List.of())).isEmpty();
    }

    @Test
    void aHistoricRolloutIsRecordedUnderItsMarkAndCompleted() {
        assertThat(history.recorded(plan, "rl-history")).isTrue();
        assertThat(history.recorded(plan, "other")).isFalse();
        assertThat(QueryDatabase.jdbc().queryForObject("select status from rollout where id = ?", String.class,
                finished)).isEqualTo("COMPLETED");
    }
}

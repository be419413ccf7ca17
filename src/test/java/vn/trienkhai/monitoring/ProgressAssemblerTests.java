package vn.trienkhai.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.trienkhai.deadline.DeadlineStandingRuleTests.at;
import static vn.trienkhai.deadline.DeadlineStandingRuleTests.endOf;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.trienkhai.deadline.DeadlineStandingRule;
import vn.trienkhai.deadline.DeadlineStandingRuleTests;
import vn.trienkhai.monitoring.PlanProgress.UnitProgress;
import vn.trienkhai.monitoring.ProgressAssembler.PlanFigures;
import vn.trienkhai.monitoring.ProgressInput.TaskRow;
import vn.trienkhai.monitoring.UnitRanking.UnitRank;
import vn.trienkhai.plantask.PlanTaskStatus;
import vn.trienkhai.monitoring.ProgressInput.RolloutRows;
import vn.trienkhai.monitoring.ProgressInput.Row;
import vn.trienkhai.rollout.Stage;

class ProgressAssemblerTests {

    static final Instant NOW = at("2026-01-07", 10);

    final ProgressAssembler assembler = new ProgressAssembler(
            new DeadlineStandingRule(DeadlineStandingRuleTests.CALENDAR, DeadlineStandingRuleTests.ZONE), NOW,
            (rolloutId, unitCode) -> "pi-" + rolloutId + "-" + unitCode, List.of());

    static final RolloutRows TOP = new RolloutRows(1, null, null, 0, List.of(
            new Row("B", "Tổ dân phố B", Stage.STUDY, endOf("2026-01-05"), at("2026-01-05", 9)),
            new Row("B", "Tổ dân phố B", Stage.DISSEMINATE, endOf("2026-01-06"), null),
            new Row("A", "Đảng ủy A", Stage.DISSEMINATE, endOf("2026-01-06"), at("2026-01-07", 8)),
            new Row("A", "Đảng ủy A", Stage.STUDY, endOf("2026-01-05"), at("2026-01-05", 9)),
            new Row("A", "Đảng ủy A", Stage.UNIT_PLAN, endOf("2026-01-30"), null)));
    static final RolloutRows CASCADE = new RolloutRows(2, 1L, "A", 1, List.of(
            new Row("A-1", "Chi bộ 1", Stage.STUDY, endOf("2026-01-06"), null),
            new Row("A-2", "Chi bộ 2", Stage.STUDY, endOf("2026-01-09"), null),
            new Row("A-2", "Chi bộ 2", Stage.DISSEMINATE, endOf("2026-01-06"), at("2026-01-06", 9))));

    @Test
    void unitsAreOrderedByCodeWithTheirStagesInProcessOrder() {
        List<UnitProgress> units = assembler.units(TOP, List.of(TOP));
        assertThat(units).extracting(UnitProgress::unitCode).containsExactly("A", "B");
        assertThat(units.get(0).stages()).extracting(PlanProgress.StageProgress::stage)
                .containsExactly(Stage.STUDY, Stage.DISSEMINATE, Stage.UNIT_PLAN);
        assertThat(units.get(0).stages()).extracting(PlanProgress.StageProgress::statusLabel)
                .containsExactly("hoàn thành đúng hạn", "hoàn thành quá hạn", "chưa đến hạn");
        assertThat(units.get(0).processInstanceId()).isEqualTo("pi-1-A");
    }

    @Test
    void unitsFollowThePlansProtocolOrderAndUnitsItDoesNotListComeAfterByCode() {
        RolloutRows top = new RolloutRows(1, null, null, 0, List.of(
                new Row("C", "Tổ dân phố C", Stage.STUDY, endOf("2026-01-05"), null),
                new Row("A", "Đảng ủy A", Stage.STUDY, endOf("2026-01-05"), null),
                new Row("D", "Tổ dân phố D", Stage.STUDY, endOf("2026-01-05"), null),
                new Row("B", "Tổ dân phố B", Stage.STUDY, endOf("2026-01-05"), null)));
        ProgressAssembler ordered = new ProgressAssembler(
                new DeadlineStandingRule(DeadlineStandingRuleTests.CALENDAR, DeadlineStandingRuleTests.ZONE), NOW,
                (rolloutId, unitCode) -> null, List.of(), Map.of("C", 0, "A", 1));
        assertThat(ordered.units(top, List.of(top))).extracting(UnitProgress::unitCode)
                .containsExactly("C", "A", "B", "D");
    }

    @Test
    void onTimeRateIsCompletedOnTimeOverCompletedOrOverdue() {
        List<UnitProgress> units = assembler.units(TOP, List.of(TOP));
        assertThat(units.get(0).onTimeRate()).isEqualTo(0.5);
        assertThat(units.get(1).onTimeRate()).isEqualTo(0.5);
        assertThat(units.get(1).totals().get(ProgressStatus.OVERDUE)).isEqualTo(1);
        assertThat(new StatusCounts(units.get(1).totals()).total()).isEqualTo(2);
    }

    @Test
    void aUnitWithNothingCompletedOrOverdueHasNoRate() {
        RolloutRows fresh = new RolloutRows(3, null, null, 0,
                List.of(new Row("C", "Tổ C", Stage.STUDY, endOf("2026-02-27"), null)));
        assertThat(assembler.units(fresh, List.of(fresh)).get(0).onTimeRate()).isNull();
    }

    @Test
    void theCascadeIsNestedUnderItsCascadingUnitAndRolledUp() {
        List<UnitProgress> units = assembler.units(TOP, List.of(TOP, CASCADE));
        UnitProgress cascading = units.get(0);
        assertThat(cascading.children()).extracting(UnitProgress::unitCode).containsExactly("A-1", "A-2");
        assertThat(cascading.children()).allSatisfy(child -> assertThat(child.level()).isEqualTo(1));
        assertThat(cascading.children().get(1).stages()).extracting(PlanProgress.StageProgress::status)
                .containsExactly(ProgressStatus.DUE_SOON, ProgressStatus.DONE_ON_TIME);
        assertThat(cascading.children().get(0).processInstanceId()).isEqualTo("pi-2-A-1");
        assertThat(units.get(1).children()).isEmpty();
        assertThat(cascading.totals().get(ProgressStatus.OVERDUE)).isZero();
        assertThat(cascading.subtreeTotals().get(ProgressStatus.OVERDUE)).isEqualTo(1);
        assertThat(cascading.subtreeTotals().get(ProgressStatus.DONE_ON_TIME)).isEqualTo(2);
        assertThat(cascading.subtreeOnTimeRate()).isEqualTo(0.5);

        StatusCounts plan = ProgressAssembler.subtree(units);
        assertThat(plan.total()).isEqualTo(8);
        assertThat(plan.get(ProgressStatus.OVERDUE)).isEqualTo(2);
        assertThat(plan.get(ProgressStatus.DONE_ON_TIME)).isEqualTo(3);
        assertThat(plan.onTimeRate()).isEqualTo(0.5);
    }

    static final List<TaskRow> TASKS = List.of(
            new TaskRow("T1", "A", "Đảng ủy A", endOf("2026-01-06"), at("2026-01-06", 9)),
            new TaskRow("T2", "B", "Tổ dân phố B", endOf("2026-01-05"), null),
            new TaskRow("T3", "X", "Công an phường", endOf("2026-01-05"), at("2026-01-06", 9)),
            new TaskRow("T4", "X", "Công an phường", null, null),
            new TaskRow("T5", "A-1", "Chi bộ 1", endOf("2026-01-30"), at("2026-01-06", 9)),
            new TaskRow("T6", "C", "Tổ C", endOf("2026-02-27"), null),
            new TaskRow("T7", "X", "Công an phường", endOf("2026-01-30"), at("2026-01-02", 9)));

    final ProgressAssembler withTasks = new ProgressAssembler(
            new DeadlineStandingRule(DeadlineStandingRuleTests.CALENDAR, DeadlineStandingRuleTests.ZONE), NOW,
            (rolloutId, unitCode) -> null, TASKS);

    @Test
    void thePlansTasksAreCountedInTheFourCategoriesAndInThePlansRate() {
        PlanFigures plan = withTasks.plan(List.of(TOP, CASCADE));
        assertThat(plan.taskTotals().counts()).containsExactlyInAnyOrderEntriesOf(Map.of(
                PlanTaskStatus.DONE_ON_TIME, 3, PlanTaskStatus.DONE_LATE, 1,
                PlanTaskStatus.IN_PROGRESS_ON_TIME, 2, PlanTaskStatus.IN_PROGRESS_OVERDUE, 1));
        assertThat(plan.stageTotals().total()).isEqualTo(8);
        // stages 3 on time of 4 done + 2 overdue; tasks 3 on time of 4 done + 1 overdue
        assertThat(plan.onTimeRate()).isEqualTo(6.0 / 11);
    }

    @Test
    void aUnitsRateCountsTheTasksItLeadsAsWellAsItsStages() {
        List<UnitProgress> units = withTasks.plan(List.of(TOP, CASCADE)).units();
        UnitProgress a = units.get(0);
        assertThat(a.taskTotals().get(PlanTaskStatus.DONE_ON_TIME)).isEqualTo(1);
        assertThat(a.totals().get(ProgressStatus.DONE_ON_TIME)).isEqualTo(1);
        assertThat(a.onTimeRate()).isEqualTo(2.0 / 3);
        assertThat(units.get(1).onTimeRate()).isEqualTo(1.0 / 3);
        assertThat(a.children().get(0).onTimeRate()).isEqualTo(0.5);
        assertThat(a.subtreeOnTimeRate()).isEqualTo(4.0 / 6);
        assertThat(assembler.plan(List.of(TOP, CASCADE)).units().get(0).onTimeRate()).isEqualTo(0.5);
    }

    @Test
    void unitsAreRankedByRateWithTiesSharingARankAndUnitsWithoutARateLast() {
        List<UnitRank> ranking = withTasks.plan(List.of(TOP, CASCADE)).ranking();
        assertThat(ranking).extracting(UnitRank::unitCode).containsExactly("A-2", "A", "A-1", "X", "B", "C");
        assertThat(ranking).extracting(UnitRank::rank).containsExactly(1, 2, 3, 3, 5, null);
        UnitRank police = ranking.get(3);
        assertThat(police.unitName()).isEqualTo("Công an phường");
        assertThat(List.of(police.doneOnTime(), police.done(), police.overdue())).containsExactly(1, 2, 0);
        assertThat(ranking.get(5).onTimeRate()).isNull();
    }

    @Test
    void withoutARolloutThereAreNoUnitsButTheTasksStillCount() {
        PlanFigures plan = withTasks.plan(List.of());
        assertThat(plan.units()).isEmpty();
        assertThat(plan.taskTotals().total()).isEqualTo(7);
        assertThat(plan.ranking()).extracting(UnitRank::unitCode).containsExactly("A", "A-1", "X", "B", "C");
    }
}

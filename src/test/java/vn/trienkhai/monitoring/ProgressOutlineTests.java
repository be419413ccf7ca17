package vn.trienkhai.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.trienkhai.deadline.DeadlineStandingRuleTests.at;
import static vn.trienkhai.deadline.DeadlineStandingRuleTests.endOf;
import static vn.trienkhai.monitoring.ProgressAssemblerTests.CASCADE;
import static vn.trienkhai.monitoring.ProgressAssemblerTests.NOW;
import static vn.trienkhai.monitoring.ProgressAssemblerTests.TASKS;
import static vn.trienkhai.monitoring.ProgressAssemblerTests.TOP;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.trienkhai.deadline.DeadlineStandingRule;
import vn.trienkhai.deadline.DeadlineStandingRuleTests;
import vn.trienkhai.monitoring.PlanProgress.UnitProgress;
import vn.trienkhai.monitoring.ProgressAssembler.PlanFigures;
import vn.trienkhai.monitoring.ProgressInput.RolloutRows;
import vn.trienkhai.monitoring.ProgressInput.Row;
import vn.trienkhai.rollout.Stage;
import vn.trienkhai.rollout.StageTally;

/** The page's outline gives the figures the whole tree gives, from counts per unit instead of the records. */
class ProgressOutlineTests {

    static final DeadlineStandingRule RULE =
            new DeadlineStandingRule(DeadlineStandingRuleTests.CALENDAR, DeadlineStandingRuleTests.ZONE);

    /** A cascade one level further down, from the first unit of {@link ProgressAssemblerTests#CASCADE}. */
    static final RolloutRows DEEPER = new RolloutRows(3, 2L, "A-1", 2, List.of(
            new Row("A-1-a", "Tổ 1a", Stage.STUDY, endOf("2026-01-05"), at("2026-01-06", 9)),
            new Row("A-1-b", "Tổ 1b", Stage.STUDY, endOf("2026-01-05"), null),
            new Row("X", "Công an phường", Stage.STUDY, endOf("2026-01-30"), at("2026-01-02", 9))));

    static final List<RolloutRows> TREE = List.of(TOP, CASCADE, DEEPER);

    final ProgressAssembler whole = new ProgressAssembler(RULE, NOW, (rolloutId, unitCode) -> "pi-" + rolloutId + "-"
            + unitCode, TASKS);

    ProgressOutline outline(List<RolloutRows> counted) {
        return new ProgressOutline(RULE, NOW, (rolloutId, unitCode) -> "pi-" + rolloutId + "-" + unitCode, TASKS,
                Map.of(), TREE, tallies(counted));
    }

    /** What the database counts: the records of each unit of each rollout, by the same rule. */
    static List<StageTally> tallies(List<RolloutRows> rollouts) {
        List<StageTally> tallies = new ArrayList<>();
        for (RolloutRows rollout : rollouts) {
            Map<String, List<Row>> byUnit = new LinkedHashMap<>();
            rollout.rows().forEach(row -> byUnit.computeIfAbsent(row.unitCode(), code -> new ArrayList<>()).add(row));
            byUnit.forEach((code, rows) -> {
                long[] counts = new long[ProgressStatus.values().length];
                rows.forEach(row -> counts[ProgressStatus.of(RULE.standingOf(row.dueAt(), row.completedAt(), NOW))
                        .ordinal()]++);
                tallies.add(new StageTally(rollout.rolloutId(), code, rows.get(0).unitName(),
                        counts[ProgressStatus.DONE_ON_TIME.ordinal()], counts[ProgressStatus.DONE_LATE.ordinal()],
                        counts[ProgressStatus.OVERDUE.ordinal()], counts[ProgressStatus.DUE_SOON.ordinal()],
                        counts[ProgressStatus.NOT_DUE.ordinal()]));
            });
        }
        return tallies;
    }

    @Test
    void thePlansUnitsCarryTheirCascadesFiguresButNotTheirUnits() {
        PlanFigures expected = whole.plan(TREE);
        PlanFigures page = outline(List.of(CASCADE, DEEPER)).plan(TOP);

        assertThat(page.units()).extracting(UnitProgress::unitCode).containsExactly("A", "B");
        assertThat(page.units()).allSatisfy(unit -> assertThat(unit.children()).isEmpty());
        assertThat(page.units()).extracting(UnitProgress::cascadedUnits).containsExactly(2, 0);
        for (int i = 0; i < 2; i++) {
            UnitProgress shown = page.units().get(i);
            UnitProgress full = expected.units().get(i);
            assertThat(shown.stages()).isEqualTo(full.stages());
            assertThat(shown.totals()).isEqualTo(full.totals());
            assertThat(shown.onTimeRate()).isEqualTo(full.onTimeRate());
            assertThat(shown.subtreeTotals()).isEqualTo(full.subtreeTotals());
            assertThat(shown.subtreeOnTimeRate()).isEqualTo(full.subtreeOnTimeRate());
            assertThat(shown.processInstanceId()).isEqualTo(full.processInstanceId());
        }
        // A's subtree reaches two levels down: its 3 stages, its cascade's 3 and the one below's 3
        assertThat(new StatusCounts(page.units().get(0).subtreeTotals()).total()).isEqualTo(3 + 3 + 3);
    }

    @Test
    void thePlansTotalsAndRankingAreThoseOfTheWholeTree() {
        PlanFigures expected = whole.plan(TREE);
        PlanFigures page = outline(List.of(CASCADE, DEEPER)).plan(TOP);

        assertThat(page.stageTotals()).isEqualTo(expected.stageTotals());
        assertThat(page.stageTotals().total()).isEqualTo(11);
        assertThat(page.taskTotals()).isEqualTo(expected.taskTotals());
        assertThat(page.onTimeRate()).isEqualTo(expected.onTimeRate());
        assertThat(page.ranking()).isEqualTo(expected.ranking());
        assertThat(page.ranking()).extracting(UnitRanking.UnitRank::unitCode).contains("A-1-a", "A-1-b", "X");
    }

    @Test
    void theRankingPagesCountOverTheWholeTreeRankAsTheWholeTreeDoes() {
        List<UnitRanking.UnitRank> expected = whole.plan(TREE).ranking();
        assertThat(RankingQueries.ranking(tallies(TREE), TASKS, RULE, NOW)).isEqualTo(expected);
        assertThat(expected).extracting(UnitRanking.UnitRank::unitCode).contains("A", "A-1-a", "X");
    }

    @Test
    void anOpenedUnitsCascadeShowsItsUnitsWithTheirOwnCascadesFigures() {
        UnitProgress a1 = whole.plan(TREE).units().get(0).children().get(0);
        List<UnitProgress> children = outline(List.of(DEEPER)).units(List.of(CASCADE));

        assertThat(children).extracting(UnitProgress::unitCode).containsExactly("A-1", "A-2");
        assertThat(children).extracting(UnitProgress::level).containsOnly(1);
        assertThat(children).extracting(UnitProgress::cascadedUnits).containsExactly(3, 0);
        assertThat(children.get(0).processInstanceId()).isEqualTo("pi-2-A-1");
        assertThat(children.get(0).subtreeTotals()).isEqualTo(a1.subtreeTotals());
        assertThat(children.get(0).subtreeOnTimeRate()).isEqualTo(a1.subtreeOnTimeRate());
        assertThat(children.get(0).children()).isEmpty();
    }

    @Test
    void aUnitWhoseCascadeHasNoRecordsYetCountsNothingBelowIt() {
        PlanFigures page = outline(List.of()).plan(TOP);
        UnitProgress a = page.units().get(0);
        assertThat(a.cascadedUnits()).isZero();
        assertThat(a.subtreeTotals()).isEqualTo(a.totals());
    }
}

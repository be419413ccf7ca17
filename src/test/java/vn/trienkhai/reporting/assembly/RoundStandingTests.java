package vn.trienkhai.reporting.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.trienkhai.monitoring.OpenStageQueries.OpenStage;
import vn.trienkhai.reporting.document.RolloutStanding;
import vn.trienkhai.rollout.Stage;

/** Which open stages and late units the next period's section names. */
class RoundStandingTests {

    static final Instant HORIZON = Instant.parse("2026-12-14T17:00:00Z");
    static final Instant PAST = Instant.parse("2026-09-30T16:59:59Z");
    static final Instant NEXT_PERIOD = Instant.parse("2026-11-30T16:59:59Z");
    static final Instant PLAN_END = Instant.parse("2027-12-31T16:59:59Z");

    private static OpenStage late(String code, String name, Stage stage, String label, long days) {
        return new OpenStage(code, name, stage, label, PAST, true, days);
    }

    private static OpenStage open(String code, Stage stage, String label, Instant due) {
        return new OpenStage(code, "Tổ " + code, stage, label, due, false, 0);
    }

    @Test
    void stagesDueByTheEndOfTheNextPeriodAreOpenAndThoseOverdueMakeTheirUnitsLate() {
        RolloutStanding standing = RoundStanding.of(List.of(
                late("TDP03", "Tổ dân phố số 3", Stage.STUDY, "Học tập, quán triệt", 5),
                late("TDP03", "Tổ dân phố số 3", Stage.DISSEMINATE, "Tuyên truyền, phổ biến", 0),
                open("TDP03", Stage.IMPLEMENT, "Triển khai thực hiện", PLAN_END),
                open("TDP04", Stage.DISSEMINATE, "Tuyên truyền, phổ biến", NEXT_PERIOD),
                open("TDP04", Stage.REVIEW, "Thẩm định kế hoạch", PAST),
                open("TDP05", Stage.UNIT_PLAN, "Kế hoạch của đơn vị", null),
                late("HND", "Hội Nông dân phường", Stage.UNIT_PLAN, "Kế hoạch của đơn vị", 2)), HORIZON);
        assertThat(standing.openStages()).containsExactly(
                new RolloutStanding.OpenStage("Học tập, quán triệt", 1),
                new RolloutStanding.OpenStage("Tuyên truyền, phổ biến", 2),
                new RolloutStanding.OpenStage("Kế hoạch của đơn vị", 1));
        assertThat(standing.lateUnits()).containsExactly(
                new RolloutStanding.LateUnit("Tổ dân phố số 3", List.of(
                        new RolloutStanding.LateStage("Học tập, quán triệt", 5),
                        new RolloutStanding.LateStage("Tuyên truyền, phổ biến", 0))),
                new RolloutStanding.LateUnit("Hội Nông dân phường", List.of(
                        new RolloutStanding.LateStage("Kế hoạch của đơn vị", 2))));
        assertThat(standing.lateUnitCount()).isEqualTo(2);
    }

    @Test
    void nothingOpenWithinTheNextPeriodIsNothingToSay() {
        assertThat(RoundStanding.of(List.of(open("TDP01", Stage.IMPLEMENT, "Triển khai thực hiện", PLAN_END)),
                HORIZON).isEmpty()).isTrue();
        assertThat(RoundStanding.of(List.of(), HORIZON).isEmpty()).isTrue();
    }

    @Test
    void pastThirtyLateUnitsTheOthersAreCounted() {
        List<OpenStage> open = new ArrayList<>();
        IntStream.rangeClosed(1, 45).forEach(i -> open.add(late("U" + (100 + i), "Tổ " + i, Stage.STUDY,
                "Học tập, quán triệt", 1)));
        RolloutStanding standing = RoundStanding.of(open, HORIZON);
        assertThat(standing.lateUnits()).hasSize(RoundStanding.NAMED_UNITS);
        assertThat(standing.lateUnitCount()).isEqualTo(45);
        assertThat(standing.openStages()).containsExactly(new RolloutStanding.OpenStage("Học tập, quán triệt", 45));
    }
}

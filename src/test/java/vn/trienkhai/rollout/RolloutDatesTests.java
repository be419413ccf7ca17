package vn.trienkhai.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.trienkhai.deadline.DeadlineCalculator;
import vn.trienkhai.deadline.HolidayCalendar;
import vn.trienkhai.deadline.ReportingCalendar;
import vn.trienkhai.deadline.ReportingFrequency;
import vn.trienkhai.organisation.OrganisationUnit;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.ReportingSchedule;
import vn.trienkhai.plan.StageDeadlines;

/**
 * The dates a rollout's models are given (the unit's stages, the reporting rounds), on the real
 * holiday calendar, for the small test plan (rollout/small-plan.yaml) rolled out on Monday 5 January 2026.
 */
class RolloutDatesTests {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final LocalDate ROLLOUT_ON = LocalDate.of(2026, 1, 5);

    final DeadlineCalculator calculator = new DeadlineCalculator(HolidayCalendar.loadDefault(), ZONE);
    final UnitDeadlines deadlines = new UnitDeadlines(calculator);
    final RolloutRounds rounds = new RolloutRounds(new ReportingCalendar(calculator), calculator);
    final Plan plan = smallPlan();
    final Rollout top = Rollout.top(plan, ROLLOUT_ON, Instant.EPOCH, "test");

    @Test
    void aUnitsStudyIsDueAfterTenWorkingDaysCountingTheRolloutDayAndItsImplementationAtThePlansEnd() {
        assertThat(deadlines.dueAt(top, Stage.STUDY)).contains(endOfDay(LocalDate.of(2026, 1, 16)));
        assertThat(deadlines.dueAt(top, Stage.IMPLEMENT)).contains(endOfDay(LocalDate.of(2026, 6, 30)));
    }

    @Test
    void oneLevelDownEveryStageIsDueOneWorkingDayEarlier() {
        Rollout child = Rollout.cascade(top, mock(OrganisationUnit.class), Instant.EPOCH);

        assertThat(deadlines.dueAt(child, Stage.STUDY)).contains(endOfDay(LocalDate.of(2026, 1, 15)));
        // 30 June 2026 is a Tuesday: the sub-units finish on Monday 29
        assertThat(deadlines.dueAt(child, Stage.IMPLEMENT)).contains(endOfDay(LocalDate.of(2026, 6, 29)));
    }

    @Test
    void quarterlyRoundsOpenOnTheCutOffsOfDecree09ThenTheFinalReviewAtThePlansEnd() {
        assertThat(rounds.of(top)).hasSize(3);
        List<LocalDate> opens = List.of(LocalDate.of(2026, 3, 14), LocalDate.of(2026, 6, 14), LocalDate.of(2026, 6, 30));
        for (int sequence = 1; sequence <= 3; sequence++) {
            assertThat(rounds.opensAt(top, sequence))
                    .isEqualTo(Date.from(opens.get(sequence - 1).atStartOfDay(ZONE).toInstant()));
        }
    }

    private static ZonedDateTime endOfDay(LocalDate day) {
        return day.atTime(23, 59, 59).atZone(ZONE);
    }

    static Plan smallPlan() {
        Plan plan = mock(Plan.class);
        when(plan.getEndDate()).thenReturn(LocalDate.of(2026, 6, 30));
        when(plan.getStages()).thenReturn(new StageDeadlines("{\"workingDays\":10}", "{\"workingDays\":20}",
                "{\"workingDays\":15}"));
        when(plan.getReporting()).thenReturn(new ReportingSchedule(ReportingFrequency.QUARTER, 3, true));
        return plan;
    }
}

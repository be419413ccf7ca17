package vn.trienkhai.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import vn.trienkhai.deadline.DeadlineCalculator;
import vn.trienkhai.deadline.Holiday;
import vn.trienkhai.deadline.HolidayCalendar;
import vn.trienkhai.organisation.UnitRepository;
import vn.trienkhai.system.ExpiringCache;

/** A rollout's schedule is read once per node for all its units' jobs; its due dates still follow the holidays. */
class RolloutSchedulesTests {

    static final ZoneId ZONE = RolloutDatesTests.ZONE;

    final AtomicLong now = new AtomicLong();
    final RolloutDirectory directory = mock(RolloutDirectory.class);
    final RolloutSchedules schedules = new RolloutSchedules(directory,
            new ExpiringCache<>(RolloutSchedules.TIME_TO_LIVE, RolloutSchedules.MAX_ENTRIES, now::get));
    final RolloutSchedule top = RolloutSchedule.of(Rollout.top(RolloutDatesTests.smallPlan(),
            RolloutDatesTests.ROLLOUT_ON, Instant.EPOCH, "test"));

    @Test
    void eachRolloutIsReadOnceForAllItsUnitsThenAgainAfterTheTimeToLive() {
        RolloutSchedule other = new RolloutSchedule(LocalDate.of(2026, 2, 2), 1, top.stages(), top.endDate());
        when(directory.schedule(1L)).thenReturn(top);
        when(directory.schedule(2L)).thenReturn(other);

        assertThat(schedules.of(1L)).isEqualTo(top);
        assertThat(schedules.of(1L)).isEqualTo(top);
        assertThat(schedules.of(2L)).as("another rollout is a miss").isEqualTo(other);
        verify(directory, times(1)).schedule(1L);
        verify(directory, times(1)).schedule(2L);

        now.addAndGet(RolloutSchedules.TIME_TO_LIVE.plus(Duration.ofSeconds(1)).toNanos());
        schedules.of(1L);
        verify(directory, times(2)).schedule(1L);
    }

    @Test
    void aHolidayStoredAfterTheScheduleWasKeptStillMovesTheDueDate() {
        when(directory.schedule(7L)).thenReturn(top);
        HolidayCalendar calendar = HolidayCalendar.loadDefault();
        UnitTaskExpressions unitTasks = new UnitTaskExpressions(directory, schedules,
                new UnitDeadlines(new DeadlineCalculator(calendar, ZONE)), mock(UnitRepository.class));
        assertThat(unitTasks.due(7L, "STUDY")).isEqualTo(endOfDay(LocalDate.of(2026, 1, 16)));

        List<Holiday> days = new ArrayList<>(calendar.daysOf(2026));
        days.add(new Holiday(LocalDate.of(2026, 1, 12), "Nghỉ bù thử", Holiday.Kind.DAY_OFF, "Thông báo thử"));
        calendar.useStoredYears(Map.of(2026, days));

        assertThat(unitTasks.due(7L, "STUDY")).as("one working day later, from the kept schedule")
                .isEqualTo(endOfDay(LocalDate.of(2026, 1, 19)));
        verify(directory, times(1)).schedule(7L);
    }

    private static Date endOfDay(LocalDate day) {
        return Date.from(day.atTime(23, 59, 59).atZone(ZONE).toInstant());
    }
}

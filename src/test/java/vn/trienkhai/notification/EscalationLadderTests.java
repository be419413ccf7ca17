package vn.trienkhai.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.trienkhai.deadline.HolidayCalendar;

class EscalationLadderTests {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    final EscalationLadder ladder = new EscalationLadder(HolidayCalendar.of(List.of()), ZONE, LocalTime.of(8, 0));
    final LadderSettings settings = LadderSettings.DEFAULTS;
    /** A Friday. */
    final LocalDate due = LocalDate.of(2027, 1, 15);

    @Test
    void eachStepFallsOnItsWorkingDayAtTheSendTime() {
        assertThat(ladder.at(EscalationLevel.REMINDER, due, settings).toLocalDate()).isEqualTo(LocalDate.of(2027, 1, 12));
        assertThat(ladder.at(EscalationLevel.UNIT_HEAD, due, settings).toLocalDate()).isEqualTo(LocalDate.of(2027, 1, 18));
        assertThat(ladder.at(EscalationLevel.LEAD_OFFICE, due, settings).toLocalDate()).isEqualTo(LocalDate.of(2027, 1, 20));
        assertThat(ladder.at(EscalationLevel.LEADERSHIP, due, settings).toLocalDate()).isEqualTo(LocalDate.of(2027, 1, 27));
        assertThat(ladder.at(EscalationLevel.UNIT_HEAD, due, settings).toLocalTime()).isEqualTo(LocalTime.of(8, 0));
    }

    @Test
    void aStepFiringOnTimeIsNotOvertaken() {
        for (EscalationLevel level : EscalationLevel.values()) {
            Instant firing = ladder.at(level, due, settings).toInstant();
            assertThat(ladder.overtaken(level, due, settings, firing)).as(level.name()).isFalse();
        }
    }

    @Test
    void aTaskStartedLongPastItsDueDayMailsOnlyTheStepInForce() {
        Instant weeksLater = ladder.at(EscalationLevel.LEADERSHIP, due, settings).toInstant().plusSeconds(3600);

        assertThat(ladder.overtaken(EscalationLevel.REMINDER, due, settings, weeksLater)).isTrue();
        assertThat(ladder.overtaken(EscalationLevel.UNIT_HEAD, due, settings, weeksLater)).isTrue();
        assertThat(ladder.overtaken(EscalationLevel.LEAD_OFFICE, due, settings, weeksLater)).isTrue();
        assertThat(ladder.overtaken(EscalationLevel.LEADERSHIP, due, settings, weeksLater)).isFalse();
    }

    @Test
    void theRepeatIsNeverOvertaken() {
        Instant muchLater = ladder.at(EscalationLevel.REPEAT, due, settings).toInstant().plusSeconds(90L * 86_400);
        assertThat(ladder.overtaken(EscalationLevel.REPEAT, due, settings, muchLater)).isFalse();
        assertThat(ladder.overtaken(EscalationLevel.LEADERSHIP, due, settings, muchLater)).isTrue();
    }
}

package vn.trienkhai.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EngineClockTests {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Instant NEW_YEARS_EVE = Instant.parse("2026-12-31T17:30:00Z");

    @AfterEach
    void realClock() {
        ClockUtil.reset();
    }

    @Test
    void theClockBeanAndTheStaticReadsFollowTheEngineClock() {
        EngineClock clock = new EngineClock(ZONE);
        ClockUtil.setCurrentTime(Date.from(NEW_YEARS_EVE));

        assertThat(clock.instant()).isCloseTo(NEW_YEARS_EVE, within(5, ChronoUnit.SECONDS));
        assertThat(EngineClock.now()).isCloseTo(NEW_YEARS_EVE, within(5, ChronoUnit.SECONDS));
        assertThat(LocalDate.now(clock)).as("00:30 on 1 January in Hanoi").isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(EngineClock.today(ZONE)).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(clock.withZone(ZoneId.of("UTC")).getZone()).isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void workAtAMomentSeesThatMomentAndGivesTheClockBack() {
        Instant seen = EngineClock.at(Date.from(NEW_YEARS_EVE), EngineClock::now);

        assertThat(seen).isCloseTo(NEW_YEARS_EVE, within(5, ChronoUnit.SECONDS));
        assertThat(EngineClock.now()).isCloseTo(Instant.now(), within(5, ChronoUnit.SECONDS));
    }
}

package vn.trienkhai.system;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The application's one clock: Camunda's. Timers, due dates and the job executor read the engine's
 * clock, so every "now" of the application (the {@link Clock} bean and the static reads of code the
 * engine calls) reads it too, and a moved engine clock (a demo step, a test) moves all of them
 * together. In production it is the system clock. The only class that touches {@code ClockUtil}.
 */
public final class EngineClock extends Clock {

    private final ZoneId zone;

    public EngineClock(ZoneId zone) {
        this.zone = zone;
    }

    /** The engine's current time. */
    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /** The engine's current day in that zone. */
    public static LocalDate today(ZoneId zone) {
        return LocalDate.ofInstant(now(), zone);
    }

    /** Runs the work with the engine's clock at that moment, then gives the clock back (the demo plays past steps). */
    public static <T> T at(Date moment, Supplier<T> work) {
        ClockUtil.setCurrentTime(moment);
        try {
            return work.get();
        } finally {
            ClockUtil.reset();
        }
    }

    @Override
    public Instant instant() {
        return now();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new EngineClock(other);
    }
}

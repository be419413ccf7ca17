package vn.trienkhai.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** The system clock moved by an offset that a test sets: what "now" is for the progress statuses. */
public final class ShiftableClock extends Clock {

    private final Clock base;
    private volatile Duration offset = Duration.ZERO;

    ShiftableClock(Clock base) {
        this.base = base;
    }

    public void shift(Duration offset) {
        this.offset = offset;
    }

    public void reset() {
        shift(Duration.ZERO);
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new ShiftableClock(base.withZone(zone));
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset);
    }
}

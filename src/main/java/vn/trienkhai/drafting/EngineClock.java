package vn.trienkhai.drafting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Drafting's one clock: the engine's, which the process steps, the issue checks and the preview
 * use, so that a draft's last change and its "today" never disagree with them.
 */
final class EngineClock {

    private EngineClock() {
    }

    static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    static LocalDate today(ZoneId zone) {
        return LocalDate.ofInstant(now(), zone);
    }
}

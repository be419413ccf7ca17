package vn.trienkhai.notification;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code trienkhai.notification.*}: the default ladder, the directory cache, the dispatcher and the digest. */
@ConfigurationProperties("trienkhai.notification")
record NotificationProperties(
        @DefaultValue("trienkhai <khong-tra-loi@trienkhai.local>") String from,
        @DefaultValue("08:00") LocalTime sendAt,
        @DefaultValue("PT1M") Duration directoryCacheTtl,
        @DefaultValue Ladder ladder,
        @DefaultValue Dispatch dispatch,
        @DefaultValue Digest digest,
        @DefaultValue Office office) {

    record Ladder(@DefaultValue("3") int reminderWorkingDaysBefore, @DefaultValue("1") int unitHeadAfterDays,
                  @DefaultValue("2") int leadOfficeAfterWorkingDays, @DefaultValue("5") int leadershipAfterWorkingDays,
                  @DefaultValue("7") int repeatEveryDays) {

        LadderSettings settings() {
            return new LadderSettings(reminderWorkingDaysBefore, unitHeadAfterDays, leadOfficeAfterWorkingDays,
                    leadershipAfterWorkingDays, repeatEveryDays);
        }
    }

    record Dispatch(@DefaultValue("true") boolean enabled, @DefaultValue("50") int batchSize,
                    @DefaultValue("8") int maxAttempts, @DefaultValue("PT30S") Duration firstBackoff,
                    @DefaultValue("PT2H") Duration maxBackoff, @DefaultValue("PT5M") Duration lease,
                    @DefaultValue("PT1H") Duration staleAfter, String nodeId) {

        /** The wait after the given number of failed attempts: doubling from the first, capped. */
        Duration backoff(int failedAttempts) {
            Duration delay = firstBackoff.multipliedBy(1L << Math.min(20, Math.max(0, failedAttempts - 1)));
            return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
        }
    }

    /**
     * The office hours in which reminders, overdue notices and digests are sent (working days, in the zone);
     * {@code holdOutsideHours=false} sends them at any hour.
     */
    record Office(@DefaultValue("07:30") LocalTime opensAt, @DefaultValue("17:00") LocalTime closesAt,
                  @DefaultValue("true") boolean holdOutsideHours) {
    }

    record Digest(@DefaultValue("true") boolean enabled, @DefaultValue("0 0 7 * * MON-FRI") String cron) {
    }
}

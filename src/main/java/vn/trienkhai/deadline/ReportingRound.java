package vn.trienkhai.deadline;

import java.time.ZonedDateTime;
import java.util.Objects;

/** One reporting round of a plan: its place in the sequence, its period and when reports are due. */
public record ReportingRound(int sequence, ReportingPeriod period, ZonedDateTime submissionDeadline) {

    public ReportingRound {
        if (sequence < 1) {
            throw new IllegalArgumentException("Rounds are numbered from 1: " + sequence);
        }
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(submissionDeadline, "submissionDeadline");
    }
}

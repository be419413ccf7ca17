package vn.trienkhai.reporting;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.trienkhai.deadline.DeadlineCalculator;
import vn.trienkhai.deadline.ReportingCalendar;
import vn.trienkhai.deadline.ReportingRound;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.ReportingSchedule;
import vn.trienkhai.rollout.Rollout;
import vn.trienkhai.rollout.RolloutDirectory;

/**
 * Opens a round: its period from the plan's calendar and the rollout date, the units' submission
 * deadline for the rollout's level (one common cut-off, one working day earlier per level) and the
 * consolidation deadline one working day later, which is the level above's submission deadline.
 */
@Service
@Transactional
public class RoundOpening {

    private final RolloutDirectory directory;
    private final ReportingCalendar reportingCalendar;
    private final DeadlineCalculator calculator;
    private final ReportRoundRepository rounds;

    RoundOpening(RolloutDirectory directory, ReportingCalendar reportingCalendar, DeadlineCalculator calculator,
                 ReportRoundRepository rounds) {
        this.directory = directory;
        this.reportingCalendar = reportingCalendar;
        this.calculator = calculator;
        this.rounds = rounds;
    }

    public ReportRound open(long planId, long rolloutId, int sequence, String processInstanceId, Instant now) {
        var existing = rounds.findByRolloutIdAndSequence(rolloutId, sequence);
        if (existing.isPresent()) {
            return sameInstance(existing.get(), processInstanceId);
        }
        Rollout rollout = directory.rollout(rolloutId);
        Plan plan = rollout.getPlan();
        if (!plan.getId().equals(planId)) {
            throw new IllegalArgumentException("Rollout " + rolloutId + " belongs to plan " + plan.getId()
                    + ", not to plan " + planId);
        }
        ReportingRound round = roundOf(plan, rollout, sequence);
        int days = plan.getReporting().submitWorkingDays();
        ZonedDateTime submission = reportingCalendar.submissionDeadline(round.period().cutOff(), days,
                rollout.getLevel());
        ZonedDateTime consolidation = calculator.endOfDay(
                calculator.calendar().plusWorkingDays(submission.toLocalDate(), 1));
        return rounds.save(new ReportRound(planId, rolloutId, sequence, rollout.getLevel(), round.period(),
                submission.toInstant(), consolidation.toInstant(), processInstanceId, now));
    }

    private ReportingRound roundOf(Plan plan, Rollout rollout, int sequence) {
        ReportingSchedule schedule = plan.getReporting();
        List<ReportingRound> all = reportingCalendar.rounds(schedule.every(), rollout.getRolloutDate(),
                plan.getEndDate(), schedule.submitWorkingDays(), schedule.finalReview());
        if (sequence < 1 || sequence > all.size()) {
            throw new IllegalArgumentException("Plan " + plan.getId() + " has " + all.size()
                    + " reporting rounds from " + rollout.getRolloutDate() + "; no round " + sequence);
        }
        return all.get(sequence - 1);
    }

    private static ReportRound sameInstance(ReportRound round, String processInstanceId) {
        if (!round.getProcessInstanceId().equals(processInstanceId)) {
            throw new IllegalStateException("Round " + round.getSequence() + " of rollout " + round.getRolloutId()
                    + " is already open in process instance " + round.getProcessInstanceId());
        }
        return round;
    }
}

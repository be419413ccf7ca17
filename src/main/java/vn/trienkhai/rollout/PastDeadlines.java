package vn.trienkhai.rollout;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.trienkhai.deadline.DeadlineCalculator;
import vn.trienkhai.deadline.VietnameseDates;
import vn.trienkhai.plan.DeadlineText;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.PlanTask;

/**
 * The deadlines of a plan that would already be past if it were rolled out on a given day: a
 * rollout dated in the past, or a plan whose dated deadlines ("trước ngày 29/01/2026") have gone
 * by. Such a rollout starts only when its starter confirms it; the late work is then recorded as
 * late, and the reminder ladder mails only the step in force (see {@code EscalationLadder}).
 */
@Component
public class PastDeadlines {

    private static final DateTimeFormatter DATES = VietnameseDates.DAY;

    private final DeadlineCalculator calculator;

    PastDeadlines(DeadlineCalculator calculator) {
        this.calculator = calculator;
    }

    /** "Học tập, quán triệt: 20/01/2026"-style lines, in the plan's order; empty when nothing has passed. */
    public List<String> of(Plan plan, LocalDate rolloutOn, Instant now) {
        List<String> passed = new ArrayList<>();
        add(passed, "Học tập, quán triệt", plan.getStages().study(), rolloutOn, now);
        add(passed, "Tuyên truyền, phổ biến", plan.getStages().disseminate(), rolloutOn, now);
        add(passed, "Xây dựng kế hoạch của đơn vị", plan.getStages().unitPlan(), rolloutOn, now);
        for (PlanTask task : plan.getTasks()) {
            add(passed, "Nhiệm vụ " + task.getCode(), task.getDeadline(), rolloutOn, now);
        }
        return passed;
    }

    private void add(List<String> passed, String label, String deadline, LocalDate rolloutOn, Instant now) {
        if (deadline == null || deadline.isBlank()) {
            return;
        }
        Optional<ZonedDateTime> due = calculator.dueAt(DeadlineText.parse(deadline), rolloutOn);
        due.filter(at -> at.toInstant().isBefore(now)).ifPresent(at -> passed.add(label + ": " + DATES.format(at)));
    }
}

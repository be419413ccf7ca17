package vn.trienkhai.plan;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.trienkhai.deadline.DeadlineSpec;
import vn.trienkhai.organisation.OrganisationUnit;
import vn.trienkhai.system.NotFoundException;

/**
 * Adds a task to an issued plan (nhiệm vụ bổ sung): it takes the next code after the plan's last
 * one and the last position, so it is listed wherever the plan's tasks are.
 */
@Service
public class PlanTaskAppender {

    static final String FIRST_ADDED_CODE = "BS1";
    private static final Pattern TRAILING_NUMBER = Pattern.compile("^(.*?)(\\d+)$");
    private static final Pattern TRAILING_LETTER = Pattern.compile("^(.*\\d)([a-y])$");

    private final PlanRepository plans;
    private final EntityManager entities;

    PlanTaskAppender(PlanRepository plans, EntityManager entities) {
        this.plans = plans;
        this.entities = entities;
    }

    /** Appends the task and writes it at once (the caller reads it back in the same transaction); returns its id. */
    public long append(long planId, String title, OrganisationUnit lead, List<OrganisationUnit> coordinators,
                       DeadlineSpec deadline, String output) {
        Plan plan = plans.findById(planId).orElseThrow(() -> new NotFoundException("Không tìm thấy kế hoạch " + planId));
        List<PlanTask> tasks = plan.getTasks();
        String code = nextCode(tasks.isEmpty() ? null : tasks.get(tasks.size() - 1).getCode(),
                tasks.stream().map(PlanTask::getCode).collect(Collectors.toSet()));
        PlanTask task = new PlanTask(plan, tasks.size(), code, title, null, lead, coordinators,
                DeadlineText.format(deadline), output);
        plan.addTask(task);
        entities.persist(task);
        entities.flush();
        return task.getId();
    }

    /**
     * The code after the last one: its number or letter counted on ("2.3" → "2.4", "III.2b" →
     * "III.2c", "NV2" → "NV3"), skipping codes in use and codes that would read as the parent of
     * one in use ("III.2" while "III.2a" exists); "BS1", "BS2"… when the last code does not count.
     */
    static String nextCode(String last, Set<String> used) {
        String candidate = last;
        for (int step = 0; step < 1_000; step++) {
            candidate = candidate == null ? null : following(candidate);
            if (candidate == null) {
                break;
            }
            if (free(candidate, used)) {
                return candidate;
            }
        }
        for (int number = 1; ; number++) {
            String added = "BS" + number;
            if (free(added, used)) {
                return added;
            }
        }
    }

    private static boolean free(String code, Set<String> used) {
        return used.stream().noneMatch(existing -> existing.equals(code) || existing.startsWith(code)
                && !Character.isDigit(existing.charAt(code.length())));
    }

    private static String following(String code) {
        Matcher letter = TRAILING_LETTER.matcher(code);
        if (letter.matches()) {
            return letter.group(1) + (char) (letter.group(2).charAt(0) + 1);
        }
        Matcher number = TRAILING_NUMBER.matcher(code);
        if (number.matches()) {
            return number.group(1) + (Long.parseLong(number.group(2)) + 1);
        }
        return null;
    }
}

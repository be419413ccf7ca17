package vn.trienkhai.holiday;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.trienkhai.deadline.CalendarDatedTasks.OpenTask;
import vn.trienkhai.deadline.CalendarDatedTasks;
import vn.trienkhai.deadline.DeadlineCalculator;
import vn.trienkhai.notification.TaskTimers;
import vn.trienkhai.system.EngineClock;
import vn.trienkhai.tasklist.TaskWords;

/**
 * Moves open tasks' future due dates to a year's new calendar, when the administrator asks.
 *
 * <p>A task moves only when its due date is still the one the old calendar gave it: a date set by
 * hand (a granted extension, an administrator's edit) is a decision, not arithmetic, and stays. A
 * date the new calendar would put in the past stays too, so that nobody is made late by a change
 * of calendar. Only dates from the changed year's first day on can change. Each move goes through
 * {@link TaskTimers#moveDueDate}, the one path that also moves the progress records and restarts the
 * reminder ladder; the caller's transaction makes the new calendar and the moves one change.
 *
 * <p>Each feature declares in {@link CalendarDatedTasks#dueUnder} that a date is a function of the
 * task's step, its creation day and the variables it names, so equal inputs are computed once.
 */
@Component
class OpenDueDates {

    private static final int PAGE = 500;

    private final Map<String, CalendarDatedTasks> features;
    private final TaskService tasks;
    private final RepositoryService repository;
    private final TaskTimers timers;

    OpenDueDates(List<CalendarDatedTasks> features, TaskService tasks, RepositoryService repository, TaskTimers timers) {
        this.features = features.stream().collect(Collectors.toMap(CalendarDatedTasks::processKey, Function.identity()));
        this.tasks = tasks;
        this.repository = repository;
        this.timers = timers;
    }

    DueDateChanges follow(int year, DeadlineCalculator before, DeadlineCalculator after) {
        Instant now = EngineClock.now();
        Instant yearStart = LocalDate.of(year, 1, 1).atStartOfDay(after.zone()).toInstant();
        Date from = Date.from(now.isAfter(yearStart) ? now : yearStart);
        Map<String, String> keys = new HashMap<>();
        Map<Asked, Dates> known = new HashMap<>();
        List<DueDateChanges.Moved> moved = new ArrayList<>();
        int keptByHand = 0;
        int keptPast = 0;
        for (Task task : openTasksDueAfter(from)) {
            CalendarDatedTasks feature = features.get(keys.computeIfAbsent(task.getProcessDefinitionId(),
                    id -> repository.getProcessDefinition(id).getKey()));
            OpenTask open = new OpenTask(task.getTaskDefinitionKey(), task.getCreateTime().toInstant(),
                    tasks.getVariables(task.getId(), feature.variableNames()));
            Dates dates = known.computeIfAbsent(new Asked(feature.processKey(), open.taskDefinitionKey(),
                    LocalDate.ofInstant(open.created(), after.zone()), open.variables()), asked -> new Dates(
                    feature.dueUnder(open, before).map(OpenDueDates::seconds),
                    feature.dueUnder(open, after).map(OpenDueDates::seconds)));
            Optional<Instant> was = dates.before();
            Optional<Instant> becomes = dates.after();
            Instant current = task.getDueDate().toInstant().truncatedTo(ChronoUnit.SECONDS);
            if (was.isEmpty() || becomes.isEmpty() || becomes.get().equals(current)) {
                continue;
            }
            if (!was.get().equals(current)) {
                keptByHand++;
            } else if (!becomes.get().isAfter(now)) {
                keptPast++;
            } else {
                timers.moveDueDate(task.getId(), Date.from(becomes.get()));
                moved.add(new DueDateChanges.Moved(task.getName(), TaskWords.date(current, after.zone()),
                        TaskWords.date(becomes.get(), after.zone())));
            }
        }
        return DueDateChanges.of(moved, keptByHand, keptPast);
    }

    /**
     * A feature's dates depend on the step, the process variables it reads and, for a review, the day
     * the task was created: the thousand units of a rollout share one computation.
     */
    private record Asked(String processKey, String step, LocalDate created, Map<String, Object> variables) {
    }

    private record Dates(Optional<Instant> before, Optional<Instant> after) {
    }

    private List<Task> openTasksDueAfter(Date from) {
        if (features.isEmpty()) {
            return List.of();
        }
        var query = tasks.createTaskQuery().processDefinitionKeyIn(features.keySet().toArray(String[]::new))
                .dueAfter(from).orderByTaskId().asc();
        List<Task> found = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            List<Task> page = query.listPage(first, PAGE);
            found.addAll(page);
            if (page.size() < PAGE) {
                return found;
            }
        }
    }

    private static Instant seconds(ZonedDateTime due) {
        return due.toInstant().truncatedTo(ChronoUnit.SECONDS);
    }
}

package vn.trienkhai.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.trienkhai.deadline.DeadlineCalculator;
import vn.trienkhai.system.WorkVariables;

/**
 * The daily digest: for every lead office and leadership address, one mail with the overdue and
 * soon-due tasks of their plans, by plan and unit. Nobody gets a mail when nothing is due.
 */
@Service
public class DigestService {

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final TaskScopes scopes;
    private final DeadlineCalculator deadlines;
    private final MailRenderer renderer;
    private final NotificationOutbox outbox;
    private final TaskLinks links;
    private final WorkingHours hours;
    private final NotificationProperties properties;
    private final Clock clock;

    DigestService(TaskService taskService, RuntimeService runtimeService, TaskScopes scopes, DeadlineCalculator deadlines,
                  MailRenderer renderer, NotificationOutbox outbox, TaskLinks links, WorkingHours hours,
                  NotificationProperties properties, Clock clock) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.scopes = scopes;
        this.deadlines = deadlines;
        this.renderer = renderer;
        this.outbox = outbox;
        this.links = links;
        this.hours = hours;
        this.properties = properties;
        this.clock = clock;
    }

    /** Writes the digests of the day into the outbox; returns how many. */
    @Transactional
    public int sendDigests(LocalDate day) {
        LocalDate soonLimit = deadlines.calendar().plusWorkingDays(day, properties.ladder().reminderWorkingDaysBefore());
        List<Task> tasks = taskService.createTaskQuery().active()
                .dueBefore(Date.from(deadlines.endOfDay(soonLimit).toInstant())).orderByDueDate().asc().list();
        Map<String, Map<String, Map<String, List<DigestMail.Item>>>> byRecipient = new LinkedHashMap<>();
        Map<String, String> greetings = new LinkedHashMap<>();
        Map<String, Integer> unitOrder = new java.util.HashMap<>();
        for (Task task : tasks) {
            Map<String, Object> variables = runtimeService.getVariables(task.getExecutionId(),
                    List.of(WorkVariables.PLAN_ID, WorkVariables.UNIT_CODE));
            TaskScope scope = scopes.of(WorkVariables.number(variables.get(WorkVariables.PLAN_ID)),
                    (String) variables.get(WorkVariables.UNIT_CODE), List.of());
            if (scope.plan() == null) {
                continue;
            }
            DigestMail.Item item = item(task, day);
            if (scope.unitPosition() != null) {
                unitOrder.putIfAbsent(scope.unitName(), scope.unitPosition());
            }
            List<Recipient> recipients = new ArrayList<>(scopes.leadOffice(scope.plan()));
            recipients.addAll(scopes.head(scope.plan().issuingUnit(), EscalationLevel.LEADERSHIP));
            recipients.forEach(recipient -> greetings.putIfAbsent(recipient.address(), recipient.greeting()));
            recipients.stream().map(Recipient::address).distinct().forEach(recipient -> byRecipient
                    .computeIfAbsent(recipient, r -> new LinkedHashMap<>())
                    .computeIfAbsent(scope.planLabel(), p -> new LinkedHashMap<>())
                    .computeIfAbsent(scope.unitName(), u -> new ArrayList<>()).add(item));
        }
        byRecipient.forEach((recipient, plans) -> outbox.enqueue("digest:" + recipient + ":" + day, "DIGEST",
                List.of(recipient), renderer.digest(new DigestMail(greetings.get(recipient), day, sections(plans, unitOrder))),
                clock.instant()));
        return byRecipient.size();
    }

    private DigestMail.Item item(Task task, LocalDate day) {
        LocalDate dueDay = task.getDueDate().toInstant().atZone(deadlines.zone()).toLocalDate();
        return new DigestMail.Item(task.getName(), MailRenderer.DAY.format(dueDay), dueDay.isBefore(day),
                hours.workingDaysLate(dueDay, day), links.task(task.getId()));
    }

    /** The plans, each with its units in the plan's protocol order (units it does not list last). */
    private static List<DigestMail.PlanSection> sections(Map<String, Map<String, List<DigestMail.Item>>> plans,
                                                         Map<String, Integer> unitOrder) {
        List<DigestMail.PlanSection> sections = new ArrayList<>();
        plans.forEach((plan, units) -> {
            List<DigestMail.UnitSection> unitSections = new ArrayList<>();
            units.forEach((unit, items) -> unitSections.add(new DigestMail.UnitSection(unit, items)));
            unitSections.sort(java.util.Comparator.comparing(section -> unitOrder.getOrDefault(section.unitName(),
                    Integer.MAX_VALUE)));
            sections.add(new DigestMail.PlanSection(plan, unitSections));
        });
        return sections;
    }
}

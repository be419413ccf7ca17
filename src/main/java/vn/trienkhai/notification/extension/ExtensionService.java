package vn.trienkhai.notification.extension;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import vn.trienkhai.deadline.DeadlineCalculator;
import vn.trienkhai.notification.TaskTimers;
import vn.trienkhai.organisation.OrganisationUnit;
import vn.trienkhai.security.CurrentUser;
import vn.trienkhai.security.PersonNames;
import vn.trienkhai.system.FormRefusedException;
import vn.trienkhai.system.NotFoundException;
import vn.trienkhai.system.WorkVariables;
import vn.trienkhai.tasklist.TaskSubjects;
import vn.trienkhai.tasklist.TaskWords;

/**
 * Extensions (gia hạn): checks and records a request, records the lead office's decision and,
 * on a grant, moves the task's due date and its ladder timers. Messages name the form field.
 */
@Service
public class ExtensionService {

    static final int MAX_TEXT = 1000;
    private static final String ADMIN_GROUP = "camunda-admin";

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final DeadlineExtensions extensions;
    private final TaskTimers timers;
    private final DeadlineCalculator deadlines;
    private final Clock clock;
    private final TaskSubjects subjects;

    ExtensionService(TaskService taskService, RuntimeService runtimeService, IdentityService identityService,
                     DeadlineExtensions extensions, TaskTimers timers, DeadlineCalculator deadlines, Clock clock,
                     TaskSubjects subjects) {
        this.subjects = subjects;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.extensions = extensions;
        this.timers = timers;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /**
     * The request form opened from a task: refused as not found when the task is not open, has no
     * due date or is not the caller's unit's, so that a foreign task's existence is not told. Runs
     * as the caller, who may read the task and its variables but not the unit's process instance.
     */
    ExtensionDraft draft(String taskId, CurrentUser user) {
        Task task = taskId == null ? null : taskService.createTaskQuery().taskId(taskId.strip()).active().singleResult();
        String unitCode = task == null ? null : (String) taskService.getVariable(task.getId(), ExtensionProcess.UNIT_CODE);
        if (task == null || task.getDueDate() == null || !ownedBy(task, unitCode, user.groupIds())) {
            throw new NotFoundException("Mã công việc (taskId): không có việc đang mở, có hạn, của đơn vị bạn với mã này. "
                    + "Hãy mở đề nghị gia hạn từ chính công việc trong danh sách việc của đơn vị.");
        }
        LocalDate due = task.getDueDate().toInstant().atZone(deadlines.zone()).toLocalDate();
        return new ExtensionDraft(task.getId(), task.getName(), unitCode == null ? null : subjects.unitName(unitCode),
                TaskWords.date(due), due.toString(), due.plusDays(1).toString(), MAX_TEXT);
    }

    /** What the lead office reads when it decides: names and dates, never ids or logins. */
    Map<String, Object> decisionView(long extensionId) {
        Map<String, Object> row = extensions.find(extensionId);
        String unitCode = (String) row.get("unit_code");
        User user = identityService.createUserQuery()
                .userId((String) row.get("requested_by")).singleResult();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put(ExtensionProcess.UNIT_CODE, unitCode);
        view.put(ExtensionProcess.PLAN_ID, row.get("plan_id"));
        view.put(ExtensionProcess.UNIT_NAME, unitCode == null ? "" : subjects.unitName(unitCode));
        view.put(ExtensionProcess.TASK_NAME, row.get("task_name"));
        view.put(ExtensionProcess.REQUESTER_NAME, PersonNames.displayName(user));
        view.put(ExtensionProcess.CURRENT_DUE, TaskWords.day(((Timestamp) row.get("current_due_at")).toInstant(),
                deadlines.zone()));
        view.put(ExtensionProcess.REQUESTED_DUE, TaskWords.day(((Timestamp) row.get("requested_due_at")).toInstant(),
                deadlines.zone()));
        return view;
    }

    /** Validates a request of {@code requester} and records it; returns the record's id. */
    public long recordRequest(String taskId, Object newDueDate, String reason, String requester, String processInstanceId) {
        if (reason == null || reason.isBlank()) {
            throw refused("reason", "Lý do (reason): bắt buộc");
        }
        if (reason.length() > MAX_TEXT) {
            throw refused("reason", "Lý do (reason): dài quá " + MAX_TEXT + " ký tự");
        }
        Task task = taskId == null ? null : taskService.createTaskQuery().taskId(taskId.strip()).active().singleResult();
        if (task == null || task.getDueDate() == null) {
            throw refused("taskId", "Mã công việc (taskId): không có việc đang mở có hạn với mã này");
        }
        Instant requestedDue = deadlines.endOfDay(date(newDueDate)).toInstant();
        if (!requestedDue.isAfter(task.getDueDate().toInstant())) {
            throw refused("newDueDate", "Hạn mới (newDueDate): phải sau hạn hiện tại");
        }
        Map<String, Object> variables = runtimeService.getVariables(task.getExecutionId(),
                List.of(WorkVariables.PLAN_ID, WorkVariables.UNIT_CODE));
        String unitCode = (String) variables.get(WorkVariables.UNIT_CODE);
        checkUnit(task, unitCode, requester);
        return extensions.record(new DeadlineExtensions.Request(task.getId(), task.getName(),
                WorkVariables.number(variables.get(WorkVariables.PLAN_ID)), unitCode, requester,
                task.getDueDate().toInstant(), requestedDue, reason.strip(), processInstanceId), clock.instant());
    }

    /** The Camunda groups of the lead office that decides on the task's extensions. */
    public String leadGroups(long extensionId) {
        String groups = extensions.leadGroups(extensions.find(extensionId).get("plan_id"));
        return groups.isEmpty() ? ADMIN_GROUP : groups;
    }

    public void recordDecision(long extensionId, String decision, String comment, String decidedBy) {
        if (!ExtensionProcess.GRANT.equals(decision) && !ExtensionProcess.REFUSE.equals(decision)) {
            throw refused("decision", "Quyết định (decision): chọn đồng ý hoặc không đồng ý gia hạn");
        }
        if (ExtensionProcess.REFUSE.equals(decision) && (comment == null || comment.isBlank())) {
            throw refused("decisionComment", "Ý kiến (decisionComment): bắt buộc khi không đồng ý gia hạn");
        }
        if (comment != null && comment.length() > MAX_TEXT) {
            throw refused("decisionComment", "Ý kiến (decisionComment): dài quá " + MAX_TEXT + " ký tự");
        }
        extensions.decide(extensionId, ExtensionProcess.GRANT.equals(decision), decidedBy, comment, clock.instant());
    }

    /** Moves the task's due date to the granted one and recreates its ladder timers. */
    public void apply(long extensionId) {
        Map<String, Object> row = extensions.find(extensionId);
        Instant due = ((Timestamp) row.get("requested_due_at")).toInstant();
        timers.moveDueDate((String) row.get("task_id"), Date.from(due));
    }

    private void checkUnit(Task task, String unitCode, String requester) {
        List<String> groups = identityService.createGroupQuery().groupMember(requester).list().stream()
                .map(Group::getId).toList();
        if (!ownedBy(task, unitCode, groups)) {
            throw refused("taskId", "Mã công việc (taskId): việc này không thuộc đơn vị của bạn");
        }
    }

    /**
     * A refusal of what the officer or the lead office typed: the engine's form-validation type, which every
     * path (Tasklist's forms, {@code /engine-rest}, {@code /api}) answers with 400 instead of 500.
     */
    private static FormRefusedException refused(String field, String message) {
        return new FormRefusedException(field, message);
    }

    private boolean ownedBy(Task task, String unitCode, List<String> groups) {
        List<String> owners = unitCode != null ? List.of(OrganisationUnit.groupIdFor(unitCode))
                : taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
                .filter(Objects::nonNull).toList();
        return owners.stream().anyMatch(groups::contains);
    }

    private LocalDate date(Object value) {
        if (value instanceof Date date) {
            return date.toInstant().atZone(deadlines.zone()).toLocalDate();
        }
        try {
            return LocalDate.parse(String.valueOf(value).substring(0, Math.min(10, String.valueOf(value).length())));
        } catch (DateTimeParseException | NullPointerException exception) {
            throw refused("newDueDate", "Hạn mới (newDueDate): phải là một ngày (yyyy-MM-dd)");
        }
    }
}

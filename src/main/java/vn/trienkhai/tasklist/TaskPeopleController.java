package vn.trienkhai.tasklist;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.trienkhai.security.EngineAuthentication;
import vn.trienkhai.security.PersonNames;
import vn.trienkhai.system.NotFoundException;

/**
 * {@code GET /api/tasks/{taskId}/people}: the names behind the logins and group ids that a task's
 * «Lịch sử» tab shows (who acted, who was assigned, which unit was a candidate), so that Tasklist
 * shows "Cán bộ Tổ dân phố số 6" instead of {@code aq-tdp06.canbo}. Only for a task the caller may
 * read in history; another unit's task is not found, and only the people of that task are named.
 */
@RestController
class TaskPeopleController {

    record TaskPeople(Map<String, String> users, Map<String, String> groups) {
    }

    private static final Set<String> USER_PROPERTIES = Set.of("assignee", "owner", "userId", "candidateUser");
    private static final Set<String> GROUP_PROPERTIES = Set.of("groupId", "candidateGroup");

    private final HistoryService history;
    private final TaskService tasks;
    private final IdentityService identity;

    TaskPeopleController(HistoryService history, TaskService tasks, IdentityService identity) {
        this.history = history;
        this.tasks = tasks;
        this.identity = identity;
    }

    @GetMapping("/api/tasks/{taskId}/people")
    TaskPeople people(@PathVariable String taskId) {
        // as the caller (set by the API filter): Tasklist's «Lịch sử» reads the task's history with the caller's rights
        if (history.createHistoricTaskInstanceQuery().taskId(taskId).count() != 1) {
            throw new NotFoundException("Mã công việc (taskId): không có công việc nào của đơn vị bạn với mã này.");
        }
        // the names are the application's to give: an officer may not list users or read the operation log
        return EngineAuthentication.withoutAuthorization(identity, () -> namesIn(taskId));
    }

    private TaskPeople namesIn(String taskId) {
        Set<String> userIds = new LinkedHashSet<>();
        Set<String> groupIds = new LinkedHashSet<>();
        for (UserOperationLogEntry entry : history.createUserOperationLogQuery().taskId(taskId).list()) {
            userIds.add(entry.getUserId());
            if (USER_PROPERTIES.contains(entry.getProperty())) {
                userIds.add(entry.getNewValue());
                userIds.add(entry.getOrgValue());
            } else if (GROUP_PROPERTIES.contains(entry.getProperty())) {
                groupIds.add(entry.getNewValue());
                groupIds.add(entry.getOrgValue());
            }
        }
        tasks.getTaskComments(taskId).forEach(comment -> userIds.add(comment.getUserId()));
        userIds.remove(null);
        groupIds.remove(null);
        return new TaskPeople(userNames(userIds), groupNames(groupIds));
    }

    /** Named as Tasklist names the signed-in user at the top of the page (first name, then last name). */
    private Map<String, String> userNames(Set<String> ids) {
        Map<String, String> names = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            for (User person : identity.createUserQuery().userIdIn(ids.toArray(String[]::new)).list()) {
                String name = PersonNames.displayName(person);
                names.put(person.getId(), name.isEmpty() ? "Người dùng không có tên" : name);
            }
        }
        return names;
    }

    private Map<String, String> groupNames(Set<String> ids) {
        Map<String, String> names = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            List<Group> groups = identity.createGroupQuery().groupIdIn(ids.toArray(String[]::new)).list();
            groups.forEach(group -> names.put(group.getId(), group.getName() == null ? group.getId() : group.getName()));
        }
        return names;
    }

}

package vn.trienkhai.security;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * The shared Tasklist filters, created at start-up when missing (matched by name), owned by an
 * administrator and readable by every user. The queries keep their expressions, evaluated for
 * whoever opens the filter; all are sorted by due date, earliest first.
 */
@Component
class TasklistFilters implements SmartInitializingSingleton {

    static final String UNIT_TASKS = "Việc của đơn vị";
    static final String MY_TASKS = "Việc của tôi";
    static final String DUE_SOON = "Sắp đến hạn";
    static final String OVERDUE = "Quá hạn";

    private static final String USER_GROUPS = "${currentUserGroups()}";
    private static final String USER = "${currentUser()}";
    private static final String NOW = "${now()}";

    private static final Logger log = LoggerFactory.getLogger(TasklistFilters.class);

    private final FilterService filterService;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final AuthorizationGrants grants;

    TasklistFilters(FilterService filterService, TaskService taskService, IdentityService identityService,
            AuthorizationGrants grants) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.identityService = identityService;
        this.grants = grants;
    }

    @Override
    public void afterSingletonsInstantiated() {
        String owner = administrator();
        ensure(UNIT_TASKS, 10, "Việc được giao cho đơn vị của tôi, kể cả việc đã có người nhận",
                query().taskCandidateGroupInExpression(USER_GROUPS).includeAssignedTasks(), owner);
        ensure(MY_TASKS, 20, "Việc tôi đang nhận xử lý", query().taskAssigneeExpression(USER), owner);
        ensure(DUE_SOON, 30, "Việc của đơn vị hoặc của tôi đến hạn trong 3 ngày tới", dueSoon(), owner);
        ensure(OVERDUE, 40, "Việc của đơn vị đã quá hạn",
                query().taskCandidateGroupInExpression(USER_GROUPS).includeAssignedTasks().dueBeforeExpression(NOW),
                owner);
    }

    private TaskQuery dueSoon() {
        return query()
                .or()
                    .taskCandidateGroupInExpression(USER_GROUPS)
                    .includeAssignedTasks()
                    .taskAssigneeExpression(USER)
                .endOr()
                .dueAfterExpression(NOW)
                .dueBeforeExpression("${dateTime().plusDays(3)}");
    }

    private TaskQuery query() {
        return taskService.createTaskQuery().orderByDueDate().asc();
    }

    private void ensure(String name, int priority, String description, TaskQuery query, String owner) {
        Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filterService.newTaskFilter(name).setOwner(owner).setQuery(query).setProperties(properties(
                    priority, description));
            filterService.saveFilter(filter);
            log.info("Created the Tasklist filter '{}'", name);
        }
        grants.grantReadToEveryone(Resources.FILTER, filter.getId(), Permissions.READ);
    }

    private static Map<String, Object> properties(int priority, String description) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("priority", priority);
        properties.put("description", description);
        properties.put("refresh", true);
        return properties;
    }

    private String administrator() {
        return identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).orderByUserId().asc()
                .listPage(0, 1).stream()
                .map(User::getId)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No administrator to own the Tasklist filters"));
    }
}

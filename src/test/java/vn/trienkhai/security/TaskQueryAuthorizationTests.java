package vn.trienkhai.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The task queries' EXISTS check accepts exactly the grants the engine's join accepts: each case is asked with the
 * application's statements and again with the engine's, and both must name the same tasks.
 */
@SecurityIntegrationTest
class TaskQueryAuthorizationTests {

    private static final String PROCESS = "TaskQueryAuthorizationProcess";
    private static final String GROUP = "tqa-unit";
    private static final String OTHER_GROUP = "tqa-other";
    private static final String USER = "tqa-unit.canbo";

    @Autowired
    AuthorizationService authorizations;

    @Autowired
    FilterService filterService;

    @Autowired
    IdentityService identityService;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    AccessProvisioning provisioning;

    @Autowired
    ProcessEngine processEngine;

    private DbSqlSessionFactory sessions;
    private String deploymentId;

    @BeforeEach
    void deploy() {
        sessions = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
                .getDbSqlSessionFactory();
        provisioning.ensureUnitGroup(GROUP, "Tổ thử quyền 1");
        provisioning.ensureUnitGroup(OTHER_GROUP, "Tổ thử quyền 2");
        provisioning.ensureUser(new UserAccount(USER, "Bình", "Lê", null, "mat-khau", List.of(GROUP)));
        deploymentId = repositoryService.createDeployment().addModelInstance("tqa.bpmn", Bpmn
                .createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1)
                .startEvent().userTask("unitTask").name("Việc thử quyền").camundaCandidateGroups("${unit}")
                .endEvent().done()).deploy().getId();
    }

    @AfterEach
    void cleanUp() {
        identityService.clearAuthentication();
        TaskQueryAuthorization.use(sessions, true);
        repositoryService.deleteDeployment(deploymentId, true);
        authorizations.createAuthorizationQuery().userIdIn(USER).list()
                .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
    }

    @Test
    void theEnginesTaskStatementsAreTheApplications() {
        assertThat(sessions.mapStatement("selectTaskByQueryCriteria")).isEqualTo("trienkhaiSelectTaskByQueryCriteria");
        assertThat(sessions.mapStatement("selectTaskCountByQueryCriteria"))
                .isEqualTo("trienkhaiSelectTaskCountByQueryCriteria");
    }

    @Test
    void theUnitsGrantShowsItsTasksAndNoOtherUnits() {
        Task own = start(GROUP);
        Task other = start(OTHER_GROUP);

        assertThat(visible()).contains(own.getId()).doesNotContain(other.getId());
        assertSameAsTheEngine();
    }

    @Test
    void aUsersOwnGrantOnAnotherUnitsTaskShowsIt() {
        Task other = start(OTHER_GROUP);
        grant(USER, Resources.TASK, other.getId(), Permissions.READ);

        assertThat(visible()).contains(other.getId());
        assertSameAsTheEngine();
    }

    @Test
    void aGrantWithoutReadDoesNotShowTheTask() {
        Task other = start(OTHER_GROUP);
        grant(USER, Resources.TASK, other.getId(), Permissions.UPDATE);

        assertThat(visible()).doesNotContain(other.getId());
        assertSameAsTheEngine();
    }

    @Test
    void readTaskOnTheDefinitionShowsEveryTaskOfIt() {
        Task other = start(OTHER_GROUP);
        grant(USER, Resources.PROCESS_DEFINITION, PROCESS, Permissions.READ_TASK);

        assertThat(visible()).contains(other.getId());
        assertSameAsTheEngine();
    }

    @Test
    void readOnEveryTaskShowsThemAll() {
        Task other = start(OTHER_GROUP);
        grant(USER, Resources.TASK, Authorization.ANY, Permissions.READ);

        assertThat(visible()).contains(other.getId());
        assertSameAsTheEngine();
    }

    /** A REVOKE makes the engine check differently; its own statement is used, and the task is hidden. */
    @Test
    void aRevokedTaskStaysHidden() {
        Task own = start(GROUP);
        Task revoked = start(GROUP);
        Authorization revoke = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
        revoke.setUserId(USER);
        revoke.setResource(Resources.TASK);
        revoke.setResourceId(revoked.getId());
        revoke.removePermission(Permissions.READ);
        authorizations.saveAuthorization(revoke);

        assertThat(visible()).contains(own.getId()).doesNotContain(revoked.getId());
        assertSameAsTheEngine();
    }

    /** The officer's Tasklist page: the filter's list and count, by due date. */
    @Test
    void theUnitTasksFilterListsAndCountsTheSame() {
        start(GROUP);
        start(GROUP);
        start(OTHER_GROUP);
        String filterId = filterService.createFilterQuery().filterName(TasklistFilters.UNIT_TASKS).singleResult()
                .getId();

        List<String> page = as(() -> filterService.<Task>listPage(filterId, 0, 15).stream().map(Task::getId).toList());
        long count = as(() -> filterService.count(filterId));
        TaskQueryAuthorization.use(sessions, false);

        assertThat(page).hasSize(2).isEqualTo(as(() -> filterService.<Task>listPage(filterId, 0, 15).stream()
                .map(Task::getId).toList()));
        assertThat(count).isEqualTo(2).isEqualTo(as(() -> filterService.count(filterId)));
    }

    private void assertSameAsTheEngine() {
        List<String> list = visible();
        long count = as(() -> query().count());
        TaskQueryAuthorization.use(sessions, false);
        List<String> engines = visible();
        long enginesCount = as(() -> query().count());
        TaskQueryAuthorization.use(sessions, true);

        assertThat(list).isEqualTo(engines);
        assertThat(count).isEqualTo(enginesCount).isEqualTo(list.size());
    }

    private List<String> visible() {
        return as(() -> query().orderByTaskId().asc().list().stream().map(Task::getId).toList());
    }

    private TaskQuery query() {
        return taskService.createTaskQuery().processDefinitionKey(PROCESS);
    }

    private <T> T as(Supplier<T> work) {
        identityService.setAuthentication(USER, List.of(GROUP));
        try {
            return work.get();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private void grant(String user, Resource resource, String resourceId, Permission permission) {
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setUserId(user);
        grant.setResource(resource);
        grant.setResourceId(resourceId);
        grant.addPermission(permission);
        authorizations.saveAuthorization(grant);
    }

    private Task start(String unit) {
        String instanceId = runtimeService.startProcessInstanceByKey(PROCESS,
                java.util.Map.of("unit", unit)).getId();
        return taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
    }
}

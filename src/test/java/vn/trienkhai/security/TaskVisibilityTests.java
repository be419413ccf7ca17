package vn.trienkhai.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The filters' expressions are evaluated for the officer, who may complete the unit's tasks. */
@SecurityIntegrationTest
class TaskVisibilityTests {

    private static final String UNIT = "aq-visible";
    private static final String OFFICER = "aq-visible.canbo";
    private static final String OTHER_UNIT = "aq-hidden";

    @Autowired
    AuthorizationService authorizationService;

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
    JdbcTemplate jdbc;

    @Autowired
    ProcessEngine processEngine;

    private String deploymentId;

    /** The authorized task query finds the user's grants through an index, not a scan (docs/benchmarks.md). */
    @Test
    void theAuthorizationsOfAUserAreIndexed() {
        String definition = jdbc.queryForObject("select indexdef from pg_indexes where tablename = 'act_ru_authorization'"
                + " and indexname = ?", String.class, AuthorizationIndexes.USER_INDEX);

        assertThat(definition).containsIgnoringCase("(user_id_)");
    }

    /**
     * Each authorized command narrows the user's groups to those holding grants by asking about those groups only,
     * not by reading every grant of the table (docs/benchmarks.md); the answer is the engine's.
     */
    @Test
    void aCommandNarrowsTheUsersGroupsToThoseWithGrantsAskingOnlyAboutThem() {
        start(UNIT, Duration.ofDays(1));
        CommandExecutor commands = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();

        List<String> narrowed = commands.execute(context -> context.getAuthorizationManager()
                .filterAuthenticatedGroupIds(List.of(UNIT, "aq-no-grant-at-all")));
        List<String> none = commands.execute(context -> context.getAuthorizationManager()
                .filterAuthenticatedGroupIds(List.of()));
        Object manager = commands.execute(context -> context.getAuthorizationManager());

        assertThat(narrowed).containsExactly(UNIT);
        assertThat(none).isEmpty();
        assertThat(manager).isInstanceOf(AuthorizedGroupsLookup.GroupScopedAuthorizationManager.class);
    }

    @BeforeEach
    void deployAUnitTask() {
        provisioning.ensureUnitGroup(UNIT, "Tổ dân phố 1");
        provisioning.ensureUnitGroup(OTHER_UNIT, "Tổ dân phố 2");
        provisioning.ensureUser(new UserAccount(OFFICER, "An", "Phạm", null, "mat-khau", List.of(UNIT)));
        deploymentId = repositoryService.createDeployment()
                .addModelInstance("visibility.bpmn", process())
                .deploy().getId();
    }

    @AfterEach
    void removeTheDeployment() {
        identityService.clearAuthentication();
        repositoryService.deleteDeployment(deploymentId, true);
    }

    @Test
    void theOfficerSeesOwnUnitTasksInTheFiltersAndCompletesThem() {
        Task soon = start(UNIT, Duration.ofDays(1));
        Task late = start(UNIT, Duration.ofDays(-1));
        Task elsewhere = start(OTHER_UNIT, Duration.ofDays(1));
        identityService.setAuthentication(OFFICER, List.of(UNIT));

        assertThat(ids(TasklistFilters.UNIT_TASKS)).contains(soon.getId(), late.getId())
                .doesNotContain(elsewhere.getId());
        assertThat(ids(TasklistFilters.DUE_SOON)).contains(soon.getId()).doesNotContain(late.getId());
        assertThat(ids(TasklistFilters.OVERDUE)).contains(late.getId()).doesNotContain(soon.getId());

        taskService.claim(soon.getId(), OFFICER);
        assertThat(ids(TasklistFilters.MY_TASKS)).containsExactly(soon.getId());
        assertThat(ids(TasklistFilters.UNIT_TASKS)).contains(soon.getId());
        taskService.complete(soon.getId());
        assertThat(ids(TasklistFilters.UNIT_TASKS)).doesNotContain(soon.getId());
    }

    @Test
    void aCandidateGroupListedTwiceOrAddedAgainHasOneGrant() {
        Task task = start(UNIT + "," + UNIT, Duration.ofDays(1));
        assertThat(grants(task)).singleElement().satisfies(grant -> {
            assertThat(grant.getGroupId()).isEqualTo(UNIT);
            assertThat(grant.isPermissionGranted(Permissions.READ)).isTrue();
            assertThat(grant.isPermissionGranted(Permissions.UPDATE)).isTrue();
        });

        taskService.addCandidateGroup(task.getId(), UNIT);

        assertThat(grants(task)).hasSize(1);
    }

    private List<Authorization> grants(Task task) {
        return authorizationService.createAuthorizationQuery().resourceType(Resources.TASK)
                .resourceId(task.getId()).list();
    }

    private List<String> ids(String filterName) {
        Filter filter = filterService.createFilterQuery().filterName(filterName).singleResult();
        List<Task> tasks = filterService.list(filter.getId());
        return tasks.stream().map(Task::getId).toList();
    }

    private Task start(String unit, Duration due) {
        String instanceId = runtimeService.startProcessInstanceByKey("VisibilityProcess",
                Map.of("unit", unit, "due", Date.from(Instant.now().plus(due)))).getId();
        return taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
    }

    private static BpmnModelInstance process() {
        return Bpmn.createExecutableProcess("VisibilityProcess")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("ReportUserTask").name("Báo cáo")
                    .camundaCandidateGroups("${unit}")
                    .camundaDueDate("${due}")
                .endEvent()
                .done();
    }
}

package vn.trienkhai.reporting;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import vn.trienkhai.ApplicationTests;
import vn.trienkhai.organisation.OrganisationUnit;
import vn.trienkhai.organisation.UnitTreeImporter;
import vn.trienkhai.plan.PlanImporter;
import vn.trienkhai.system.DocumentParser;

/**
 * One Spring context for every reporting process test: the embedded PostgreSQL, the engine with
 * its job executor off, process coverage, a small ward (units.yaml) and a fresh plan per test.
 */
@Tag(ApplicationTests.LAYER)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"camunda.bpm.admin-user.id=admin", "camunda.bpm.admin-user.password=admin-test"})
@ActiveProfiles("test")
@Import(ProcessEngineCoverageConfiguration.class)
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
abstract class ReportingProcessTestSupport {

    /** Rollout on 5 January 2026: round 1 is Quý I/2026, cut-off Saturday 14 March. */
    static final LocalDate ROLLOUT_DATE = LocalDate.of(2026, 1, 5);
    static final OffsetDateTime ROUND_STARTS = OffsetDateTime.parse("2026-03-16T08:00:00+07:00");
    static final String LEAD_OFFICE = "rt-pkt";
    static final String LEADERSHIP = "rt-ubnd";

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired IdentityService identity;
    @Autowired AuthorizationService authorizations;
    @Autowired JdbcTemplate jdbc;
    @Autowired UnitTreeImporter unitImporter;
    @Autowired PlanImporter planImporter;
    @Autowired ReportRoundRepository rounds;
    @Autowired UnitReportRepository reports;
    @MockitoSpyBean ReportMailer mailer;

    record Fixture(long planId, long rolloutId, long childRolloutId) {
    }

    @BeforeEach
    void engineAtRoundStart() throws IOException {
        init(engine);
        ClockUtil.setCurrentTime(java.util.Date.from(ROUND_STARTS.toInstant()));
        unitImporter.importTree(yaml("reporting/units.yaml"));
        allowCoverageToReadTheDefinition();
    }

    /** The coverage listener looks the definition up as the current user: let every test user read it. */
    private void allowCoverageToReadTheDefinition() {
        if (authorizations.createAuthorizationQuery().userIdIn(Authorization.ANY)
                .resourceType(Resources.PROCESS_DEFINITION).resourceId(ReportingRoundProcess.KEY).count() == 0) {
            Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
            read.setResource(Resources.PROCESS_DEFINITION);
            read.setResourceId(ReportingRoundProcess.KEY);
            read.addPermission(Permissions.READ);
            authorizations.saveAuthorization(read);
        }
    }

    /**
     * The reporting and rollout tests share one context and database: each test leaves no running
     * work behind, so that no later test executes or counts another one's jobs.
     */
    @AfterEach
    void resetEngine() {
        runtime.createProcessInstanceQuery().rootProcessInstances().list()
                .forEach(instance -> runtime.deleteProcessInstance(instance.getId(), "test finished", true, true));
        ClockUtil.reset();
        identity.clearAuthentication();
    }

    /** A new plan (unique summary) with its top rollout and RT-KP1's child rollout. */
    Fixture plan() throws IOException {
        return plan(document -> { });
    }

    /** The same, with the plan document changed first. */
    Fixture plan(java.util.function.Consumer<ObjectNode> change) throws IOException {
        ObjectNode document = (ObjectNode) yaml("reporting/plan.yaml");
        ((ObjectNode) document.get("plan")).put("summary", "Kế hoạch thử nghiệm " + UUID.randomUUID());
        change.accept(document);
        long planId = planImporter.importPlan(document, "tester").getId();
        long top = insertRollout(planId, null, null, 0);
        long child = insertRollout(planId, top, unitId("RT-KP1"), 1);
        return new Fixture(planId, top, child);
    }

    ProcessInstance startTopRound() throws IOException {
        Fixture fixture = plan();
        return startRound(fixture, fixture.rolloutId());
    }

    ProcessInstance startRound(Fixture fixture, long rolloutId) {
        ProcessInstance instance = runtime.startProcessInstanceByKey(ReportingRoundProcess.KEY,
                "round-" + rolloutId, Map.of(ReportingRoundProcess.PLAN_ID, fixture.planId(),
                        ReportingRoundProcess.ROLLOUT_ID, rolloutId, ReportingRoundProcess.ROUND_SEQUENCE, 1));
        executeJob(instance, ReportingRoundProcess.UNIT_REPORTS + "#multiInstanceBody");
        return instance;
    }

    long roundId(ProcessInstance instance) {
        return ((Number) runtime.getVariable(instance.getId(), ReportingRoundProcess.ROUND_ID)).longValue();
    }

    void executeJob(ProcessInstance instance, String activityId) {
        Job job = management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
        management.executeJob(job.getId());
    }

    Task task(ProcessInstance instance, String activityId, String group) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activityId)
                .taskCandidateGroup(group).singleResult();
    }

    /** Completes the task as an officer of the group, through the authorization checks. */
    void completeAs(String group, Task task, Map<String, Object> variables) {
        identity.setAuthentication(group + ".canbo", List.of(group));
        try {
            tasks.complete(task.getId(), variables);
        } finally {
            identity.clearAuthentication();
        }
    }

    void submit(ProcessInstance instance, String unitCode, Object accidents, Object fines, String checkpoints) {
        String group = OrganisationUnit.groupIdFor(unitCode);
        completeAs(group, task(instance, ReportingRoundProcess.SUBMIT_UNIT_REPORT, group), Map.of(
                "figure_accidents", accidents, "figure_fines", fines, "figure_checkpoints", new java.math.BigDecimal(checkpoints),
                "results", "Đã tổ chức tuần tra, xử lý vi phạm.", "limitations", "Lực lượng còn mỏng."));
    }

    void review(ProcessInstance instance, String unitCode, String decision, String reason) {
        review(instance, unitCode, decision, reason, LEAD_OFFICE);
    }

    /** Reviews as the rollout's lead office: the plan's lead units, or the cascading unit for a child rollout. */
    void review(ProcessInstance instance, String unitCode, String decision, String reason, String leadGroup) {
        List<Task> open = tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(ReportingRoundProcess.REVIEW_UNIT_REPORT).list();
        Task task = open.stream().filter(t -> unitCode.equals(tasks.getVariable(t.getId(), "unitCode")))
                .findFirst().orElseThrow();
        completeAs(leadGroup, task, reason == null ? Map.of("decision", decision)
                : Map.of("decision", decision, "returnReason", reason));
    }

    long unitId(String code) {
        return jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
    }

    private long insertRollout(long planId, Long parent, Long leadUnit, int level) {
        return jdbc.queryForObject("insert into rollout (plan_id, parent_rollout_id, lead_unit_id, level, rollout_date,"
                + " status, started_at) values (?, ?, ?, ?, ?, 'RUNNING', ?) returning id", Long.class,
                planId, parent, leadUnit, level, Date.valueOf(ROLLOUT_DATE), Timestamp.from(Instant.now()));
    }

    private static JsonNode yaml(String path) throws IOException {
        return DocumentParser.parseYaml(new ClassPathResource(path).getContentAsByteArray());
    }
}

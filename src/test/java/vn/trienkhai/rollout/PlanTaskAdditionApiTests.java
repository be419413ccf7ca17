package vn.trienkhai.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.trienkhai.plantask.PlanTaskAdditionProcess;
import vn.trienkhai.plantask.PlanTaskProcess;
import vn.trienkhai.security.AccessProvisioning;
import vn.trienkhai.security.UserAccount;

/** "Giao nhiệm vụ bổ sung" through the REST API as Tasklist submits it: the added task, and every refusal. */
@RolloutProcessTest
class PlanTaskAdditionApiTests {

    static final String PASSWORD = "addition-secret";
    static final String LEAD = "aq-pktht.addition";
    static final String POLICE = "aq-ca.addition";
    static final String OTHER_OFFICE = "aq-tdp02.addition";
    static final String OFFICER = "aq-tdp01.addition";
    static final DateTimeFormatter ENGINE_DATES =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    static final String SUBMIT = "/engine-rest/process-definition/key/" + PlanTaskAdditionProcess.KEY + "/submit-form";

    @Autowired TestRestTemplate rest;
    @Autowired ProcessEngine engine;
    @Autowired AccessProvisioning access;
    @Autowired RolloutFixtures fixtures;
    @Autowired RolloutSteps steps;
    @Autowired RolloutRepository rollouts;

    long planId;

    @BeforeEach
    void prepare() throws Exception {
        fixtures.prepare();
        access.ensureUser(new UserAccount(LEAD, "Lan", "Nguyễn Thị", null, PASSWORD, List.of("aq-pktht")));
        access.ensureUser(new UserAccount(POLICE, "Dũng", "Phạm Văn", null, PASSWORD, List.of("aq-ca")));
        access.ensureUser(new UserAccount(OTHER_OFFICE, "Hoa", "Lê Thị", null, PASSWORD, List.of("aq-tdp02")));
        access.ensureUser(new UserAccount(OFFICER, "Minh", "Trần Văn", null, PASSWORD, List.of("aq-tdp01")));
        // the office of another plan may start the process, but not for this plan
        access.grantStartPlanRollout("aq-tdp02", PlanTaskAdditionProcess.KEY);
        planId = fixtures.plan(List.of("AQ-TDP01", "AQ-TDP02"));
        steps.start(planId);
    }

    @AfterEach
    void cleanUp() {
        engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PlanTaskAdditionProcess.KEY).list()
                .forEach(instance -> engine.getRuntimeService().deleteProcessInstance(instance.getId(), "test"));
        steps.cleanUp();
        ClockUtil.reset();
    }

    @Test
    void theLeadOfficeAddsATaskThatItsLeadUnitFindsWithItsDeadlineAndThePlanListsIt() {
        ResponseEntity<JsonNode> added = submit(LEAD, form(String.valueOf(planId), "aq-ca",
                "Phòng Kinh tế - Hạ tầng", "trước ngày 27/02/2026"));

        assertThat(added.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode tasks = call(LEAD, HttpMethod.GET, "/api/plans/" + planId + "/tasks", null).getBody();
        assertThat(tasks).hasSize(3);
        JsonNode task = tasks.get(2);
        assertThat(task.path("code").asText()).isEqualTo("NV3");
        assertThat(task.path("title").asText()).isEqualTo("Ra quân xử lý vi phạm lấn chiếm vỉa hè, lòng đường");
        assertThat(task.path("lead").path("code").asText()).isEqualTo("AQ-CA");
        assertThat(task.path("coordinating").get(0).path("code").asText()).isEqualTo("AQ-PKTHT");
        assertThat(task.path("dueAt").asText()).isEqualTo("2026-02-27T23:59:59+07:00");
        // the API judges by the wall clock, the engine's is on the rollout day: open, on time or not by now
        assertThat(task.path("status").asText()).isIn("IN_PROGRESS_ON_TIME", "IN_PROGRESS_OVERDUE");
        assertThat(task.path("completedAt").isNull()).isTrue();
        assertThat(task.path("processInstanceId").asText()).isNotEmpty();

        List<JsonNode> carryOut = tasks(POLICE, PlanTaskProcess.CARRY_OUT).stream()
                .filter(open -> open.path("name").asText().startsWith("Thực hiện nhiệm vụ NV3: ")).toList();
        assertThat(carryOut).hasSize(1);
        assertThat(carryOut.get(0).path("name").asText())
                .startsWith("Thực hiện nhiệm vụ NV3: Ra quân xử lý vi phạm lấn chiếm vỉa hè, lòng đường");
        assertThat(OffsetDateTime.parse(carryOut.get(0).path("due").asText(), ENGINE_DATES).toInstant())
                .isEqualTo(OffsetDateTime.parse("2026-02-27T23:59:59+07:00").toInstant());
        assertThat(tasks(LEAD, PlanTaskProcess.COORDINATE)).anySatisfy(coordinate ->
                assertThat(coordinate.path("name").asText()).startsWith("Phối hợp thực hiện nhiệm vụ NV3"));
    }

    @Test
    void thePlansRolloutDoesNotEndWhileAnAddedTaskStillRuns() {
        assertThat(submit(LEAD, form(String.valueOf(planId), "aq-ca", "", "trước ngày 27/02/2026")).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        Rollout rollout = rollouts.findByPlanIdOrdered(planId).get(0);
        String rolloutInstance = rollout.getProcessInstanceId();

        // every round, unit and task of the plan itself done by the plan's end
        ClockUtil.setCurrentTime(RolloutFixtures.at(LocalDate.of(2026, 6, 30), 10));
        steps.runJobs();
        steps.walkUnit(rollout.getId(), "AQ-TDP01");
        steps.walkUnit(rollout.getId(), "AQ-TDP02");
        walkOwnPlanTasks(rolloutInstance);

        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(rolloutInstance)
                .activityIdIn(PlanRolloutProcess.WAIT_FOR_ADDED_TASKS).count()).isEqualTo(1);
        assertThat(rollouts.findById(rollout.getId()).orElseThrow().getStatus()).isEqualTo(RolloutStatus.RUNNING);

        // the added task done, the next check ends the rollout
        steps.walkPlanTasks(rollout.getId());
        ClockUtil.setCurrentTime(RolloutFixtures.at(LocalDate.of(2026, 6, 30), 12));
        steps.runJobs();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(rolloutInstance).count())
                .isZero();
        assertThat(rollouts.findById(rollout.getId()).orElseThrow().getStatus()).isEqualTo(RolloutStatus.COMPLETED);
    }

    /** Completes the tasks of the plan-task instances the rollout itself called, leaving added ones open. */
    private void walkOwnPlanTasks(String rolloutInstance) {
        for (int step = 0; step < 50; step++) {
            steps.runJobs();
            List<String> own = engine.getRuntimeService().createProcessInstanceQuery()
                    .superProcessInstanceId(rolloutInstance).processDefinitionKey(PlanTaskProcess.KEY).list().stream()
                    .map(instance -> instance.getId()).toList();
            if (own.isEmpty()) {
                return;
            }
            engine.getTaskService().createTaskQuery().processInstanceIdIn(own.toArray(String[]::new)).list()
                    .forEach(task -> steps.complete(task, RolloutSteps.planTaskForm(task.getTaskDefinitionKey())));
        }
        throw new IllegalStateException("The rollout's own plan tasks keep coming");
    }

    @Test
    void aBadFormIsRefusedNamingItsFieldAndNothingIsStored() {
        assertRefused(submit(LEAD, form(String.valueOf(planId), "AQ-CA", "", "sớm nhất có thể")),
                "Trường «Thời hạn»: không đọc được thời hạn «sớm nhất có thể»");
        assertRefused(submit(LEAD, form(String.valueOf(planId), "AQ-CA", "", "31/12/2025")),
                "Trường «Thời hạn»: thời hạn 31/12/2025 đã qua");
        assertRefused(submit(LEAD, form(String.valueOf(planId), "Công an xã Không Có", "", "tháng 3/2026")),
                "Trường «Đơn vị chủ trì»: không tìm thấy đơn vị «Công an xã Không Có»");
        assertRefused(submit(LEAD, form(String.valueOf(planId), "AQ-CA", "AQ-PKTHT; AQ-KHONG-CO", "tháng 3/2026")),
                "Trường «Đơn vị phối hợp»: không tìm thấy đơn vị «AQ-KHONG-CO»");
        assertRefused(submit(LEAD, form("99/KH-KHONGCO", "AQ-CA", "", "tháng 3/2026")),
                "Trường «Kế hoạch»: không có kế hoạch đang triển khai «99/KH-KHONGCO»");
        Map<String, Object> forged = form(String.valueOf(planId), "AQ-CA", "", "tháng 3/2026");
        forged.put(PlanTaskProcess.PLAN_TASK_ID, Map.of("value", 1L, "type", "Long"));
        assertRefused(submit(LEAD, forged), "«planTaskId» không có trong biểu mẫu khởi tạo");

        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(PlanTaskAdditionProcess.KEY).count()).isZero();
        assertThat(call(LEAD, HttpMethod.GET, "/api/plans/" + planId + "/tasks", null).getBody()).hasSize(2);
    }

    @Test
    void onlyTheIssuingUnitAndTheLeadOfficesOfThePlanAddTasks() {
        assertRefused(submit(OTHER_OFFICE, form(String.valueOf(planId), "AQ-CA", "", "tháng 3/2026")),
                "Trường «Kế hoạch»: chỉ quản trị viên, đơn vị ban hành và cơ quan chủ trì của kế hoạch");
        // an officer who manages no plan is not offered the process at all
        ResponseEntity<JsonNode> officer = submit(OFFICER, form(String.valueOf(planId), "AQ-CA", "", "tháng 3/2026"));
        assertThat(officer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<JsonNode> generic = call(LEAD, HttpMethod.POST, "/engine-rest/process-definition/key/"
                + PlanTaskAdditionProcess.KEY + "/start", Map.of("variables",
                form(String.valueOf(planId), "AQ-CA", "", "tháng 3/2026")));
        assertThat(generic.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(PlanTaskAdditionProcess.KEY).count()).isZero();
        assertThat(call(LEAD, HttpMethod.GET, "/api/plans/" + planId + "/tasks", null).getBody()).hasSize(2);
    }

    private static void assertRefused(ResponseEntity<JsonNode> response, String message) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().path("message").asText()).contains(message);
    }

    private List<JsonNode> tasks(String user, String taskKey) {
        JsonNode body = call(user, HttpMethod.GET, "/engine-rest/task?taskDefinitionKey=" + taskKey
                + "&processInstanceBusinessKey=plan-" + planId, null).getBody();
        List<JsonNode> tasks = new ArrayList<>();
        body.forEach(tasks::add);
        return tasks;
    }

    private ResponseEntity<JsonNode> submit(String user, Map<String, Object> variables) {
        return call(user, HttpMethod.POST, SUBMIT, Map.of("variables", variables));
    }

    private static Map<String, Object> form(String plan, String lead, String coordinating, String deadline) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(PlanTaskAdditionProcess.PLAN_NUMBER, text(plan));
        variables.put(PlanTaskAdditionProcess.TASK_TITLE, text("Ra quân xử lý vi phạm lấn chiếm vỉa hè, lòng đường"));
        variables.put(PlanTaskAdditionProcess.LEAD_UNIT, text(lead));
        variables.put(PlanTaskAdditionProcess.COORDINATING_UNITS, text(coordinating));
        variables.put(PlanTaskAdditionProcess.DEADLINE_TEXT, text(deadline));
        variables.put(PlanTaskAdditionProcess.EXPECTED_OUTPUT, text("Báo cáo kết quả ra quân"));
        return variables;
    }

    private static Map<String, Object> text(String value) {
        return Map.of("value", value, "type", "String");
    }

    private ResponseEntity<JsonNode> call(String user, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, PASSWORD);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }
}

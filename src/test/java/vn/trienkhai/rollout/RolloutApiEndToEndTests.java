package vn.trienkhai.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.trienkhai.plantask.PlanTaskProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.trienkhai.notification.extension.ExtensionProcess;
import vn.trienkhai.security.AccessProvisioning;
import vn.trienkhai.security.UserAccount;

/** A small plan end to end through the REST API, each step by a user of the right group. */
@RolloutProcessTest
class RolloutApiEndToEndTests {

    static final String PASSWORD = "e2e-secret";
    static final String LEAD = "aq-pktht.e2e";
    static final String OFFICER = "aq-tdp01.e2e";
    static final String OTHER_UNIT = "aq-tdp02.e2e";
    static final String POLICE = "aq-ca.e2e";

    @Autowired TestRestTemplate rest;
    @Autowired ProcessEngine engine;
    @Autowired AccessProvisioning access;
    @Autowired RolloutFixtures fixtures;
    @Autowired RolloutSteps steps;

    @BeforeEach
    void prepare() throws Exception {
        fixtures.prepare();
        access.ensureUser(new UserAccount(LEAD, "Lan", "Nguyễn Thị", null, PASSWORD, List.of("aq-pktht")));
        access.ensureUser(new UserAccount(OFFICER, "Minh", "Trần Văn", null, PASSWORD, List.of("aq-tdp01")));
        access.ensureUser(new UserAccount(OTHER_UNIT, "Hoa", "Lê Thị", null, PASSWORD, List.of("aq-tdp02")));
        access.ensureUser(new UserAccount(POLICE, "Dũng", "Phạm Văn", null, PASSWORD, List.of("aq-ca")));
        access.grantStartPlanRollout("aq-pktht", PlanRolloutProcess.KEY);
        access.grantLeadOffice("aq-pktht");
        access.grantStartPlanRollout("aq-tdp01", ExtensionProcess.KEY);
        access.grantStartPlanRollout("aq-tdp02", ExtensionProcess.KEY);
    }

    @AfterEach
    void cleanUp() {
        steps.cleanUp();
        ClockUtil.reset();
    }

    @Test
    void smallPlanRollsOutThroughTheRestApiAndUnitsSeeOnlyTheirOwnTasks() throws Exception {
        long planId = fixtures.plan(List.of("AQ-TDP01", "AQ-TDP02"));
        assertThat(call(LEAD, HttpMethod.GET, "/api/rollouts/startable-plans", null).getBody())
                .anySatisfy(plan -> assertThat(plan.path("id").asLong()).isEqualTo(planId));
        assertThat(call(OFFICER, HttpMethod.GET, "/api/rollouts/startable-plans", null).getBody()).isEmpty();
        ResponseEntity<JsonNode> started = call(LEAD, HttpMethod.POST, "/api/plans/" + planId + "/rollouts",
                Map.of("rolloutOn", "2026-01-05", "acceptPastDeadlines", true));
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long rolloutId = started.getBody().path("id").asLong();
        assertThat(started.getBody().path("startedBy").asText()).isEqualTo(LEAD);
        ResponseEntity<JsonNode> again = call(LEAD, HttpMethod.POST, "/api/plans/" + planId + "/rollouts", null);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getHeaders().getContentType().toString()).contains("application/problem+json");
        assertThat(call(LEAD, HttpMethod.POST, "/api/plans/987654/rollouts", null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        steps.runJobs();

        String study = onlyTask(OFFICER, planId, UnitImplementationProcess.STUDY);
        String otherStudy = onlyTask(OTHER_UNIT, planId, UnitImplementationProcess.STUDY);
        assertThat(otherStudy).isNotEqualTo(study);
        assertThat(call(OTHER_UNIT, HttpMethod.GET, "/engine-rest/task/" + study, null).getStatusCode())
                .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(complete(OTHER_UNIT, study, studyForm(35)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<JsonNode> refused = complete(OFFICER, study, studyForm(0));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().path("message").asText()).contains("«Số người tham dự»");
        ResponseEntity<JsonNode> done = complete(OFFICER, study, studyForm(35));
        assertThat(done.getStatusCode()).as(String.valueOf(done.getBody())).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(complete(OFFICER, onlyTask(OFFICER, planId, UnitImplementationProcess.DISSEMINATE),
                form("disseminationChannels", "Loa truyền thanh", "disseminationSessions", 3L, "peopleReached", 250L))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        submitUnitPlan(planId);

        assertThat(tasks(OFFICER, planId, UnitImplementationProcess.REVIEW_UNIT_PLAN)).isEmpty();
        String review = onlyTask(LEAD, planId, UnitImplementationProcess.REVIEW_UNIT_PLAN);
        JsonNode reviewForm = call(LEAD, HttpMethod.GET, "/engine-rest/task/" + review + "/form-variables", null).getBody();
        assertThat(reviewForm.path("unitName").path("value").asText()).isEqualTo("Tổ dân phố số 1");
        assertThat(reviewForm.path("unitPlanDateText").path("value").asText()).isEqualTo("05/01/2026");
        assertThat(complete(LEAD, review, form("reviewDecision", "RETURN")).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(complete(LEAD, review, form("reviewDecision", "RETURN", "returnReason", "Bổ sung phân công"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        String resubmit = onlyTask(OFFICER, planId, UnitImplementationProcess.SUBMIT_UNIT_PLAN);
        assertThat(call(OFFICER, HttpMethod.GET, "/engine-rest/task/" + resubmit + "/variables/returnReason", null)
                .getBody().path("value").asText()).isEqualTo("Bổ sung phân công");
        submitUnitPlan(planId);
        assertThat(complete(LEAD, onlyTask(LEAD, planId, UnitImplementationProcess.REVIEW_UNIT_PLAN),
                form("reviewDecision", "APPROVE")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        steps.runJobs();
        assertThat(complete(OFFICER, onlyTask(OFFICER, planId, UnitImplementationProcess.IMPLEMENT_PLAN),
                form("implementationSummary", "Đã thực hiện", "implementedOn", "2026-01-05")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode progress = call(LEAD, HttpMethod.GET, "/api/rollouts/" + rolloutId + "/progress", null).getBody();
        assertThat(progress).filteredOn(record -> record.path("unit").asText().equals("AQ-TDP01"))
                .hasSize(5).allSatisfy(record -> {
                    assertThat(record.path("status").asText()).isEqualTo("DONE");
                    assertThat(record.path("completedBy").asText()).isIn(OFFICER, LEAD);
                });
        JsonNode list = call(LEAD, HttpMethod.GET, "/api/plans/" + planId + "/rollouts", null).getBody();
        assertThat(list).hasSize(1);
        assertThat(list.get(0).path("status").asText()).isEqualTo("RUNNING");
    }

    @Test
    void tasksSayWhatTheyAreAndAnOfficerGetsMoreTimeFromTheTaskItself() throws Exception {
        long planId = fixtures.plan(List.of("AQ-TDP01", "AQ-TDP02"));
        long rolloutId = call(LEAD, HttpMethod.POST, "/api/plans/" + planId + "/rollouts",
                Map.of("rolloutOn", "2026-01-05", "acceptPastDeadlines", true)).getBody().path("id").asLong();
        steps.runJobs();
        String study = onlyTask(OFFICER, planId, UnitImplementationProcess.STUDY);
        JsonNode task = call(OFFICER, HttpMethod.GET, "/engine-rest/task/" + study, null).getBody();
        assertThat(task.path("name").asText()).isEqualTo("Học tập, quán triệt – Tổ dân phố số 1 – KH 08-CT/TU");
        assertThat(task.path("description").asText()).startsWith("Kế hoạch: Kế hoạch kiểm thử ")
                .endsWith("Hạn hoàn thành: thứ Sáu, ngày 16/01/2026.");

        JsonNode draft = call(OFFICER, HttpMethod.GET, "/api/tasks/" + study + "/extension-requests/draft", null).getBody();
        assertThat(draft.path("taskName").asText()).isEqualTo(task.path("name").asText());
        assertThat(draft.path("unitName").asText()).isEqualTo("Tổ dân phố số 1");
        assertThat(draft.path("currentDue").asText()).isEqualTo("16/01/2026");
        assertThat(draft.path("earliestNewDueDate").asText()).isEqualTo("2026-01-17");
        for (String user : List.of(OTHER_UNIT, OFFICER)) {
            String taskId = user.equals(OFFICER) ? "khong-co-viec-nay" : study;
            ResponseEntity<JsonNode> foreign = call(user, HttpMethod.POST, "/api/tasks/" + taskId + "/extension-requests",
                    Map.of("newDueDate", "2026-01-30", "reason", "Chờ họp chi bộ"));
            assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(foreign.getBody().path("detail").asText()).contains("taskId").doesNotContain(study);
        }
        ResponseEntity<JsonNode> badDate = call(OFFICER, HttpMethod.POST, "/api/tasks/" + study + "/extension-requests",
                Map.of("newDueDate", "30/01/2026", "reason", "Chờ họp chi bộ"));
        assertThat(badDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badDate.getBody().path("errors").get(0).path("field").asText()).isEqualTo("newDueDate");
        ResponseEntity<JsonNode> asked = call(OFFICER, HttpMethod.POST, "/api/tasks/" + study + "/extension-requests",
                Map.of("newDueDate", "2026-01-30", "reason", "Chờ họp chi bộ"));
        assertThat(asked.getStatusCode()).as(String.valueOf(asked.getBody())).isEqualTo(HttpStatus.CREATED);
        assertThat(asked.getBody().path("extensionId").isNumber()).isTrue();

        String decide = call(LEAD, HttpMethod.GET, "/engine-rest/task?processInstanceId="
                + asked.getBody().path("processInstanceId").asText(), null).getBody().get(0).path("id").asText();
        JsonNode decideTask = call(LEAD, HttpMethod.GET, "/engine-rest/task/" + decide, null).getBody();
        assertThat(decideTask.path("name").asText()).isEqualTo("Xem xét đề nghị gia hạn – Tổ dân phố số 1 – KH 08-CT/TU");
        JsonNode shown = call(LEAD, HttpMethod.GET, "/engine-rest/task/" + decide + "/form-variables", null).getBody();
        assertThat(shown.path("unitName").path("value").asText()).isEqualTo("Tổ dân phố số 1");
        assertThat(shown.path("extendedTaskName").path("value").asText()).isEqualTo(task.path("name").asText());
        assertThat(shown.path("currentDueText").path("value").asText()).isEqualTo("thứ Sáu, ngày 16/01/2026");
        assertThat(shown.path("requestedDueText").path("value").asText()).isEqualTo("thứ Sáu, ngày 30/01/2026");
        assertThat(shown.path("requesterName").path("value").asText()).isEqualTo("Minh Trần Văn");
        assertThat(complete(LEAD, decide, form("decision", "grant", "decisionComment", "Đồng ý")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        steps.runJobs();

        JsonNode record = studyRecord(rolloutId);
        assertThat(Instant.parse(record.path("dueAt").asText())).isEqualTo(Instant.parse("2026-01-30T16:59:59Z"));
        ClockUtil.setCurrentTime(RolloutFixtures.at(LocalDate.of(2026, 1, 26), 10));
        assertThat(complete(OFFICER, study, studyForm(35)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(studyRecord(rolloutId).path("onTime").asBoolean()).isTrue();
    }

    private JsonNode studyRecord(long rolloutId) {
        JsonNode progress = call(LEAD, HttpMethod.GET, "/api/rollouts/" + rolloutId + "/progress", null).getBody();
        for (JsonNode record : progress) {
            if (record.path("unit").asText().equals("AQ-TDP01") && record.path("stage").asText().equals("STUDY")) {
                return record;
            }
        }
        throw new AssertionError("No study record in " + progress);
    }

    private void submitUnitPlan(long planId) {
        assertThat(complete(OFFICER, onlyTask(OFFICER, planId, UnitImplementationProcess.SUBMIT_UNIT_PLAN),
                form("unitPlanNumber", "05/KH-TDP01", "unitPlanDate", "2026-01-05",
                        "unitPlanSummary", "Kế hoạch của tổ dân phố", "unitPlanDocument", "05/KH-TDP01 lưu tại VT"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    private String onlyTask(String user, long planId, String taskKey) {
        List<JsonNode> tasks = tasks(user, planId, taskKey);
        assertThat(tasks).as(user + " sees one " + taskKey).hasSize(1);
        return tasks.get(0).path("id").asText();
    }
    @Test
    void aPlanTaskIsDoneByItsLeadUnitWithAnOutputAndListedWithItsStatus() throws Exception {
        long planId = fixtures.plan(List.of("AQ-TDP01", "AQ-TDP02"));
        steps.start(planId);
        String tasksPath = "/api/plans/" + planId + "/tasks";

        ResponseEntity<JsonNode> refused = call(OFFICER, HttpMethod.GET, tasksPath, null);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getHeaders().getContentType().toString()).contains("application/problem+json");
        assertThat(call(POLICE, HttpMethod.GET, tasksPath, null).getBody()).hasSize(1)
                .allSatisfy(task -> assertThat(task.path("code").asText()).isEqualTo("NV2"));

        String carryOut = onlyTask(POLICE, planId, PlanTaskProcess.CARRY_OUT);
        assertThat(tasks(OTHER_UNIT, planId, PlanTaskProcess.CARRY_OUT)).isEmpty();
        assertThat(complete(OTHER_UNIT, carryOut, form("taskState", "DONE")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> noOutput = complete(POLICE, carryOut, form("taskState", "DONE",
                "resultSummary", "Đã rà soát 12 điểm đen", "finishedOn", "2026-01-05"));
        assertThat(noOutput.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noOutput.getBody().path("message").asText()).contains("«Sản phẩm: số, ký hiệu văn bản»");
        assertThat(complete(POLICE, carryOut, form("taskState", "DONE", "resultSummary", "Đã rà soát 12 điểm đen",
                "outputNumber", "12/BC-CAP", "outputDate", "2026-01-05", "finishedOn", "2026-01-05"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(complete(LEAD, onlyTask(LEAD, planId, PlanTaskProcess.REVIEW), form("reviewDecision", "APPROVE"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode tasks = call(LEAD, HttpMethod.GET, tasksPath, null).getBody();
        assertThat(tasks).hasSize(2);
        JsonNode continuous = tasks.get(0);
        assertThat(continuous.path("code").asText()).isEqualTo("NV1");
        assertThat(continuous.path("continuous").asBoolean()).isTrue();
        assertThat(continuous.path("dueAt").isNull()).isTrue();
        assertThat(continuous.path("status").asText()).isEqualTo("IN_PROGRESS_ON_TIME");
        JsonNode done = tasks.get(1);
        assertThat(done.path("lead").path("code").asText()).isEqualTo("AQ-CA");
        assertThat(done.path("coordinating").get(0).path("code").asText()).isEqualTo("AQ-PKTHT");
        assertThat(done.path("dueAt").asText()).isEqualTo("2026-03-31T23:59:59+07:00");
        assertThat(done.path("status").asText()).isEqualTo("DONE_ON_TIME");
        assertThat(done.path("statusLabel").asText()).isEqualTo("hoàn thành đúng hạn");
        assertThat(done.path("completedAt").asText()).startsWith("2026-01-05T09:00");
        assertThat(done.path("output").path("text").asText()).isEqualTo("12/BC-CAP ngày 05/01/2026");
        assertThat(done.path("contributions").get(0).path("unit").path("code").asText()).isEqualTo("AQ-PKTHT");
        assertThat(done.path("link").asText()).startsWith("/camunda/app/cockpit/default/#/process-instance/");

        JsonNode progress = call(LEAD, HttpMethod.GET, "/api/plans/" + planId + "/progress", null).getBody();
        assertThat(progress.path("taskTotals").path("DONE_ON_TIME").asInt()).isEqualTo(1);
        assertThat(progress.path("taskTotals").path("IN_PROGRESS_ON_TIME").asInt()).isEqualTo(1);
        JsonNode police = unitOf(progress.path("ranking").path("best"), "AQ-CA");
        assertThat(police.path("rank").asInt()).isEqualTo(1);
        assertThat(police.path("doneOnTime").asInt()).isEqualTo(1);
        assertThat(police.path("done").asInt()).isEqualTo(1);
        assertThat(police.path("onTimeRate").asDouble()).isEqualTo(1.0);
        JsonNode ranking = call(LEAD, HttpMethod.GET, "/api/plans/" + planId + "/progress/ranking?limit=200", null)
                .getBody();
        assertThat(ranking.path("total").asInt()).isEqualTo(progress.path("ranking").path("total").asInt());
        assertThat(unitOf(ranking.path("lines"), "AQ-CA")).isEqualTo(police);
        assertThat(unitOf(ranking.path("lines"), "AQ-PKTHT").path("rank").isNull()).isTrue();
        JsonNode card = null;
        for (JsonNode plan : call(LEAD, HttpMethod.GET, "/api/monitoring/plans", null).getBody()) {
            card = plan.path("planId").asLong() == planId ? plan : card;
        }
        assertThat(card.path("tasks")).extracting(count -> count.path("label").asText() + ": "
                + count.path("count").asInt()).containsExactly("hoàn thành đúng hạn: 1", "hoàn thành quá hạn: 0",
                "đang thực hiện trong hạn: 1", "đang thực hiện quá hạn: 0");
    }

    private static JsonNode unitOf(JsonNode ranking, String unitCode) {
        for (JsonNode line : ranking) {
            if (unitCode.equals(line.path("unitCode").asText())) {
                return line;
            }
        }
        throw new AssertionError("no ranking line for " + unitCode + " in " + ranking);
    }

    private List<JsonNode> tasks(String user, long planId, String taskKey) {
        JsonNode body = call(user, HttpMethod.GET, "/engine-rest/task?taskDefinitionKey=" + taskKey
                + "&processInstanceBusinessKey=plan-" + planId, null).getBody();
        List<JsonNode> tasks = new java.util.ArrayList<>();
        body.forEach(tasks::add);
        return tasks;
    }

    private ResponseEntity<JsonNode> complete(String user, String taskId, Map<String, Object> variables) {
        return call(user, HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete", Map.of("variables", variables));
    }

    private static Map<String, Object> studyForm(long participants) {
        return form("studyHeldOn", "2026-01-05", "studyFormat", "KET_HOP", "studyParticipants", participants,
                "studyMinutesRef", "02/BB-TDP01");
    }

    private static Map<String, Object> form(Object... namesAndValues) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            variables.put((String) namesAndValues[i],
                    Map.of("value", value, "type", value instanceof Long ? "Long" : "String"));
        }
        return variables;
    }

    private ResponseEntity<JsonNode> call(String user, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, PASSWORD);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }
}

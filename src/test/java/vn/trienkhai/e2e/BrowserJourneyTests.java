package vn.trienkhai.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.trienkhai.rollout.UnitImplementationProcess.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.trienkhai.ApplicationTests;
import vn.trienkhai.monitoring.DemoProgress;
import vn.trienkhai.monitoring.MonitoringTest;
import vn.trienkhai.monitoring.ShiftableClock;
import vn.trienkhai.plantask.PlanTaskAdditionProcess;
import vn.trienkhai.plantask.PlanTaskProcess;
import vn.trienkhai.reporting.ReportingRoundProcess;
import vn.trienkhai.rollout.PlanRolloutProcess;

/**
 * The user's journeys in headless Chromium against the demo application, in order: a refused value,
 * the study task completed, a unit plan returned with a reason, a late unit in the Cockpit plugin,
 * a POST to /api from a Tasklist page with and without the webapp's CSRF token, an extension asked
 * from the task, a plan task's output, an officer's comment on a task claimed when it was opened, and a
 * plan drafted in the editor (names, never unit codes; the draft found in the unit's drafts list), approved
 * and issued until its task reaches a unit, and the lead office finalising a round's report: refused while the
 * unedited draft is not confirmed, then kept, stored and sent.
 * Screenshots under target/e2e/. Needs node and /usr/bin/chromium (playwright-core is installed on first use);
 * without them the journeys fail, saying what to install.
 */
@MonitoringTest
@Tag(ApplicationTests.BROWSER)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserJourneyTests {

    static final String HOSTILE_NAME = "Tổ dân phố số 3 <img src=x onerror=alert(1)>";
    static final String REASON = "Bổ sung tiến độ từng tháng và người chịu trách nhiệm";
    static final String PLAN_TASK_TITLE = "Ra quân xử lý lấn chiếm vỉa hè trên tuyến phố chính";

    @LocalServerPort int port;
    @Autowired DemoProgress demo;
    @Autowired ProcessEngine engine;
    @Autowired ShiftableClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestRestTemplate rest;
    @Autowired ObjectMapper json;
    @Autowired ZoneId zone;

    @BeforeAll
    void prepare() {
        NodeJourney.checkTools();
        demo.demoPlan();
    }

    @AfterAll
    void resetClock() {
        clock.reset();
    }

    @Test
    @Order(1)
    void aBadValueShowsAMessageAndNothingIsSubmitted() throws Exception {
        String output = NodeJourney.journey("study-refused", port, Map.of());
        assertThat(output).contains("validation message:");
        assertThat(demo.task("AQ-TDP01", STUDY)).as("the study task is still open").isNotNull();
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceIdIn(demo.task("AQ-TDP01", STUDY).getProcessInstanceId())
                .variableName(STUDY_PARTICIPANTS).count()).isZero();
    }

    @Test
    @Order(2)
    void anOfficerCompletesTheStudyTaskThroughTheVietnameseForm() throws Exception {
        String unitInstance = demo.task("AQ-TDP01", STUDY).getProcessInstanceId();
        NodeJourney.journey("study-completed", port, Map.of());
        assertThat(demo.task("AQ-TDP01", STUDY)).isNull();
        assertThat(demo.task("AQ-TDP01", DISSEMINATE)).isNotNull();
        Object participants = engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceIdIn(unitInstance).variableName(STUDY_PARTICIPANTS).singleResult().getValue();
        assertThat(((Number) participants).longValue()).isEqualTo(35L);
    }

    @Test
    @Order(3)
    void theLeadOfficeReturnsAUnitPlanWithAReasonTheUnitThenReads() throws Exception {
        String today = LocalDate.now(zone).toString();
        demo.complete("AQ-TDP02", STUDY, Map.of(STUDY_HELD_ON, today, STUDY_FORMAT, "TRUC_TIEP",
                STUDY_PARTICIPANTS, 20L, STUDY_MINUTES_REF, "02/BB-TDP02"));
        demo.complete("AQ-TDP02", DISSEMINATE, Map.of(DISSEMINATION_CHANNELS, "Loa truyền thanh",
                DISSEMINATION_SESSIONS, 2L, PEOPLE_REACHED, 150L));
        assertThat(demo.task("AQ-TDP02", SUBMIT_UNIT_PLAN).getName()).as("a first submission is not marked returned")
                .startsWith("Ban hành và gửi kế hoạch của đơn vị – ");
        demo.complete("AQ-TDP02", SUBMIT_UNIT_PLAN, Map.of(UNIT_PLAN_NUMBER, "05/KH-TDP02", UNIT_PLAN_DATE, today,
                UNIT_PLAN_SUMMARY, "Kế hoạch của tổ dân phố số 2", UNIT_PLAN_DOCUMENT, "https://vanban.example/05"));

        NodeJourney.journey("plan-returned", port, Map.of("E2E_REASON", REASON));
        assertThat(demo.task("AQ-TDP02", REVIEW_UNIT_PLAN)).isNull();
        assertThat(engine.getTaskService().getVariable(demo.task("AQ-TDP02", SUBMIT_UNIT_PLAN).getId(),
                RETURN_REASON)).isEqualTo(REASON);
        assertThat(demo.task("AQ-TDP02", SUBMIT_UNIT_PLAN).getName()).as("the returned work stands out in the list")
                .startsWith("Bị trả lại: Ban hành và gửi kế hoạch của đơn vị – Tổ dân phố số 2 – ");
    }

    @Test
    @Order(4)
    void aManagerSeesALateUnitMarkedLateInTheCockpitPlugin() throws Exception {
        jdbc.update("update org_unit set name = ? where code = 'AQ-TDP03'", HOSTILE_NAME);
        clock.shift(Duration.between(Instant.now(), studyDueOf("AQ-TDP03")).plusHours(12));

        // the demo plan cascades nothing: a cascade of AQ-TDP04 to two units, for the page to open
        long cascade = demo.addCascade("AQ-TDP04");
        try {
            NodeJourney.journey("cockpit-late", port, Map.of("E2E_LATE_UNIT", "AQ-TDP03", "E2E_ON_TIME_UNIT", "AQ-TDP01",
                    "E2E_CASCADING_UNIT", "AQ-TDP04", "E2E_CASCADE_UNIT", "HP-BAO", "E2E_UNRATED_UNIT", "HP-DPTTH"));
        } finally {
            demo.removeCascade(cascade);
        }
    }

    @Test
    @Order(5)
    void aTasklistPageSendsTheWebappCsrfTokenThatApiPostsNeed() throws Exception {
        String output = NodeJourney.journey("api-csrf", port, Map.of());
        assertThat(output).contains("without token: 403");
    }

    @Test
    @Order(6)
    void anOfficerAsksForMoreTimeFromTheTaskAndTheManagerSeesTheGrantedDate() throws Exception {
        String output = NodeJourney.journey("extension-from-task", port,
                Map.of("E2E_OFFICER", "aq-tdp05.canbo", "E2E_UNIT_NAME", "Tổ dân phố số 5"));
        LocalDate asked = LocalDate.parse(output.substring(output.indexOf("asked until: ") + 13).substring(0, 10));
        Map<String, Object> request = jdbc.queryForMap("select process_instance_id, requested_due_at from deadline_extension "
                + "where unit_code = 'AQ-TDP05' and status = 'REQUESTED'");
        assertThat(((java.sql.Timestamp) request.get("requested_due_at")).toInstant().atZone(zone).toLocalDate())
                .isEqualTo(asked);
        String decide = engine.getTaskService().createTaskQuery()
                .processInstanceId((String) request.get("process_instance_id")).singleResult().getId();
        engine.getIdentityService().setAuthentication("aq-pktht.canbo", java.util.List.of("aq-pktht"));
        try {
            engine.getTaskService().complete(decide, Map.of("decision", "grant", "decisionComment", "Đồng ý"));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        demo.runJobs();

        NodeJourney.journey("cockpit-extended", port, Map.of("E2E_UNIT", "AQ-TDP05",
                "E2E_DUE", asked.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
    }

    @Test
    @Order(7)
    void aLeadUnitsOfficerCompletesAnAddedPlanTaskWithItsOutputAndTheManagerSeesItOnTime() throws Exception {
        long planId = demo.demoPlan();
        String due = LocalDate.now(zone).plusDays(45).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(PlanTaskAdditionProcess.KEY).latestVersion().singleResult().getId();
        engine.getIdentityService().setAuthentication("aq-pktht.canbo", java.util.List.of("aq-pktht"));
        try {
            engine.getFormService().submitStartForm(definition, Map.of(PlanTaskAdditionProcess.PLAN_NUMBER,
                    String.valueOf(planId), PlanTaskAdditionProcess.TASK_TITLE, PLAN_TASK_TITLE,
                    PlanTaskAdditionProcess.LEAD_UNIT, "AQ-TDP04", PlanTaskAdditionProcess.COORDINATING_UNITS, "",
                    PlanTaskAdditionProcess.DEADLINE_TEXT, due,
                    PlanTaskAdditionProcess.EXPECTED_OUTPUT, "Báo cáo kết quả ra quân"));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        demo.runJobs();

        String output = NodeJourney.journey("plan-task-done", port,
                Map.of("E2E_OFFICER", "aq-tdp04.canbo", "E2E_TASK_TITLE", PLAN_TASK_TITLE));
        assertThat(output).contains("task header: Thực hiện nhiệm vụ ");
        org.camunda.bpm.engine.task.Task review = engine.getTaskService().createTaskQuery()
                .taskDefinitionKey(PlanTaskProcess.REVIEW)
                .processVariableValueEquals(PlanTaskProcess.TASK_TITLE, PLAN_TASK_TITLE).singleResult();
        assertThat(engine.getTaskService().getVariable(review.getId(), PlanTaskProcess.OUTPUT_NUMBER))
                .isEqualTo("15/BC-TDP04");
        String code = (String) engine.getTaskService().getVariable(review.getId(), PlanTaskProcess.TASK_CODE);
        engine.getIdentityService().setAuthentication("aq-pktht.canbo", java.util.List.of("aq-pktht"));
        try {
            engine.getTaskService().complete(review.getId(), Map.of(PlanTaskProcess.REVIEW_DECISION, "APPROVE"));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        demo.runJobs();

        NodeJourney.journey("cockpit-plan-task", port, Map.of("E2E_TASK_CODE", code));
    }

    @Test
    @Order(8)
    void anOfficerOpensATaskWithoutClaimingItCommentsAndReadsTheCommentInItsHistory() throws Exception {
        String comment = "Tổ đã liên hệ nhà văn hóa, dự kiến học tập ngày thứ Bảy";
        org.camunda.bpm.engine.task.Task study = demo.task("AQ-TDP06", STUDY);
        assertThat(study.getAssignee()).as("the task starts unclaimed").isNull();

        String output = NodeJourney.journey("officer-comment", port,
                Map.of("E2E_OFFICER", "aq-tdp06.canbo", "E2E_COMMENT", comment));

        assertThat(output).contains("claimed on open");
        assertThat(demo.task("AQ-TDP06", STUDY).getAssignee()).as("claimed when opened").isEqualTo("aq-tdp06.canbo");
        assertThat(engine.getTaskService().getTaskComments(study.getId()))
                .anySatisfy(saved -> {
                    assertThat(saved.getFullMessage()).isEqualTo(comment);
                    assertThat(saved.getUserId()).isEqualTo("aq-tdp06.canbo");
                });
    }

    @Test
    @Order(9)
    void anOfficeDraftsAPlanLeadershipApprovesItTheClerkIssuesItAndTheUnitsHaveTheirTasks() throws Exception {
        String summary = "Soạn thảo trong trình duyệt " + java.util.UUID.randomUUID();
        String number = "7" + (System.nanoTime() % 10000) + "/KH-UBND";
        String first = "Rà soát, xử lý điểm đen giao thông trên địa bàn phường";
        String output = NodeJourney.journey("plan-drafting", port, Map.of("E2E_SUMMARY", summary, "E2E_NUMBER", number,
                "E2E_FIRST_TITLE", first, "E2E_SECOND_TITLE", "Tuyên truyền trên hệ thống loa truyền thanh"));
        assertThat(output).as("units by name only, and the draft in «Bản thảo kế hoạch của đơn vị» with its task")
                .contains("unit codes shown in the editor: 0").contains("drafts list row: ")
                .contains(summary + " | Văn phòng HĐND và UBND phường | chưa trình | Đang soạn thảo");
        assertThat(jdbc.queryForObject("select drafting_unit_code from plan_draft where state = 'ISSUED'"
                + " and plan_id = (select id from plan where number = ?)", String.class, number)).isEqualTo("AQ-VP");
        Map<String, Object> plan = jdbc.queryForMap("select id, summary from plan where number = ?", number);
        assertThat(plan.get("summary")).isEqualTo(summary);
        assertThat(jdbc.queryForObject("select count(*) from plan_task where plan_id = ?", Integer.class, plan.get("id")))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from rollout where plan_id = ? and status = 'RUNNING'",
                Integer.class, plan.get("id"))).isOne();
        demo.runJobs();

        NodeJourney.journey("drafted-plan-task", port, Map.of("E2E_OFFICER", "aq-pktht.canbo", "E2E_TASK_TITLE", first));
    }

    @Test
    @Order(10)
    void anOfficePastesTheTextOfAnIssuedPlanAndTheEditorFillsItIn() throws Exception {
        String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("plan-drafting").latestVersion().singleResult().getId();
        String instance;
        engine.getIdentityService().setAuthentication("aq-vp.canbo", java.util.List.of("aq-vp"));
        try {
            instance = engine.getFormService().submitStartForm(definition, Map.of("draftingUnit", "AQ-VP")).getId();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        long draftId = ((Number) engine.getRuntimeService().getVariable(instance, "draftId")).longValue();
        String text = java.nio.file.Path.of("src", "test", "resources", "drafting", "seed-000-aiquoc-08-ct-tu.txt")
                .toAbsolutePath().toString();

        NodeJourney.journey("draft-from-text", port, Map.of("E2E_DRAFT_ID", String.valueOf(draftId), "E2E_TEXT_FILE", text));

        JsonNode saved = json.readTree(jdbc.queryForObject("select document from plan_draft where id = ?", String.class, draftId));
        assertThat(saved.at("/plan/issuingUnit").asText()).isEqualTo("AQ-UBND");
        assertThat(saved.at("/directive/number").asText()).isEqualTo("08-CT/TU");
        assertThat(saved.get("tasks").size()).isGreaterThan(3);
        assertThat(saved.get("participants").size()).as("participants written as codes in the text's document")
                .isGreaterThan(3);
        assertThat(saved.at("/participants/0/unit").asText()).startsWith("AQ-");
    }

    @Test
    @Order(11)
    void theLeadOfficeKeepsTheUneditedDraftOnlyWhenItTicksSoAndTheFinalIsStoredAndSent() throws Exception {
        org.camunda.bpm.engine.runtime.ProcessInstance round = consolidatedDemoRound();
        long roundId = ((Number) engine.getRuntimeService().getVariable(round.getId(), ReportingRoundProcess.ROUND_ID))
                .longValue();
        org.camunda.bpm.engine.task.Task finalise = roundTask(round, ReportingRoundProcess.FINALISE);
        assertThat(finalise.getName()).as("the task says which plan and period").startsWith("Hoàn thiện báo cáo tổng hợp – ");
        assertThat(candidateGroups(finalise)).as("the plan's lead offices").contains("aq-pktht");

        String output = NodeJourney.journey("report-finalised", port, Map.of("E2E_OFFICER", "aq-pktht.canbo",
                "E2E_TASK_NAME", finalise.getName()));

        assertThat(output).contains("refused without the tick: ", "draft docx: 200");
        assertThat(roundTask(round, ReportingRoundProcess.FINALISE)).as("completed with the tick").isNull();
        Map<String, Object> kept = jdbc.queryForMap("select created_by, pdf_from_draft, docx = (select docx from"
                + " report_document where round_id = ? and version = 'DRAFT') as same from report_document"
                + " where round_id = ? and version = 'FINAL'", roundId, roundId);
        assertThat(kept).containsEntry("created_by", "aq-pktht.canbo").containsEntry("pdf_from_draft", false)
                .containsEntry("same", true);
        JsonNode listed = json.readTree(rest.withBasicAuth("aq-pktht.canbo", "demo").getForObject("/api/reports",
                String.class));
        assertThat(listed.findValuesAsText("status")).contains("FINAL");

        org.camunda.bpm.engine.task.Task approve = roundTask(round, ReportingRoundProcess.APPROVE);
        String leadership = candidateGroups(approve).get(0);
        engine.getIdentityService().setAuthentication(leadership + ".lanhdao", java.util.List.of(leadership));
        try {
            engine.getTaskService().complete(approve.getId(), Map.of(ReportingRoundProcess.DECISION,
                    ReportingRoundProcess.DECISION_ACCEPT));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        demo.runJobs();
        assertThat(jdbc.queryForObject("select count(*) from notification_outbox where kind = 'REPORT'"
                + " and idempotency_key = ?", Integer.class, "report-round-" + roundId)).as("the report is sent").isOne();
    }

    /** The demo rollout's next round, opened now, past its deadline with no report in: the draft written. */
    private org.camunda.bpm.engine.runtime.ProcessInstance consolidatedDemoRound() {
        String rollout = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(PlanRolloutProcess.KEY)
                .variableValueEquals(PlanRolloutProcess.ROLLOUT_ID, demo.demoRollout()).singleResult().getId();
        org.camunda.bpm.engine.runtime.Job opens = engine.getManagementService().createJobQuery()
                .processInstanceId(rollout).activityId(PlanRolloutProcess.WAIT_FOR_ROUND).singleResult();
        engine.getManagementService().executeJob(opens.getId());
        demo.runJobs();
        org.camunda.bpm.engine.runtime.ProcessInstance round = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(ReportingRoundProcess.KEY).superProcessInstanceId(rollout).singleResult();
        engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
                .processInstanceId(round.getId()).activityId(ReportingRoundProcess.CONSOLIDATION_DEADLINE)
                .singleResult().getId());
        demo.runJobs();
        return round;
    }

    private org.camunda.bpm.engine.task.Task roundTask(org.camunda.bpm.engine.runtime.ProcessInstance round, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceId(round.getId()).taskDefinitionKey(key)
                .singleResult();
    }

    private java.util.List<String> candidateGroups(org.camunda.bpm.engine.task.Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
                .map(org.camunda.bpm.engine.task.IdentityLink::getGroupId).toList();
    }

    private Instant studyDueOf(String unitCode) throws Exception {
        long planId = demo.demoPlan();
        JsonNode progress = json.readTree(rest.withBasicAuth("admin", "admin")
                .getForObject("/api/plans/" + planId + "/progress", String.class));
        for (JsonNode unit : progress.path("units")) {
            if (unitCode.equals(unit.path("unitCode").asText())) {
                return Instant.parse(unit.path("stages").get(0).path("dueAt").asText());
            }
        }
        throw new AssertionError("no unit " + unitCode);
    }

    @Test
    @Order(12)
    void aUnitReportsThePlansOwnMetricsInAFormMadeForThePlan() throws Exception {
        long planId = demo.demoPlan();
        long rolloutId = demo.demoRollout();
        int sequence = jdbc.queryForObject("select coalesce(max(sequence), 0) + 1 from reporting_round where rollout_id = ?",
                Integer.class, rolloutId);
        String instanceId = engine.getRuntimeService().startProcessInstanceByKey("reporting-round", Map.of(
                "planId", planId, "rolloutId", rolloutId, "roundSequence", sequence)).getId();
        engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
                .processInstanceId(instanceId).activityId("UnitReportSubProcess#multiInstanceBody").singleResult().getId());
        java.util.List<String> labels = jdbc.queryForList("select label || ' (' || unit || ')' from plan_metric "
                + "where plan_id = ? order by position", String.class, planId);

        String output = NodeJourney.journey("unit-report", port, Map.of("E2E_OFFICER", "aq-tdp01.canbo"));

        assertThat(output).contains("report fields: " + String.join(" | ", labels))
                .contains("validation message: Giá trị phải từ 0 trở lên.");
        Long roundId = jdbc.queryForObject("select id from reporting_round where process_instance_id = ?", Long.class, instanceId);
        assertThat(jdbc.queryForList("select f.value from unit_report_figure f join unit_report r on r.id = f.report_id "
                + "join org_unit u on u.id = r.unit_id where r.round_id = ? and u.code = 'AQ-TDP01'",
                java.math.BigDecimal.class, roundId)).hasSize(labels.size());
    }
}

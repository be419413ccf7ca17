package vn.trienkhai.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
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
import org.springframework.jdbc.core.JdbcTemplate;
import vn.trienkhai.deadline.DeadlineCalculator;
import vn.trienkhai.notification.TaskTimers;
import vn.trienkhai.plan.PlanImporter;
import vn.trienkhai.system.DocumentParser;
import vn.trienkhai.plantask.PlanTaskProcess;

/**
 * Issue 13, calendar: a year's new calendar moves open tasks' future due dates only when the
 * administrator asks, and then every view of them follows (progress records, the reminder ladder);
 * a date set by hand stays. The plan runs in 2098, under a directive of its own, so that no other test shares
 * its calendar or its directive.
 */
@RolloutProcessTest
class OpenDueDatesFollowTheCalendarTests {

    static final LocalDate ROLLOUT_ON = LocalDate.of(2098, 1, 6);
    static final LocalDate DAY_OFF = LocalDate.of(2098, 1, 9);
    static final LocalDate SECOND_DAY_OFF = LocalDate.of(2098, 1, 8);

    @Autowired TestRestTemplate rest;
    @Autowired ProcessEngine engine;
    @Autowired RolloutFixtures fixtures;
    @Autowired RolloutSteps steps;
    @Autowired RolloutService rollouts;
    @Autowired PlanImporter plans;
    @Autowired TaskTimers timers;
    @Autowired DeadlineCalculator calculator;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;

    long rolloutId;

    @BeforeEach
    void rollOutAPlanIn2098() throws Exception {
        fixtures.prepare();
        ClockUtil.setCurrentTime(RolloutFixtures.at(ROLLOUT_ON, 9));
        long planId = plans.importPlan(DocumentParser.parseYaml(plan().getBytes(StandardCharsets.UTF_8)), "test").getId();
        rolloutId = rollouts.start(planId, ROLLOUT_ON).getId();
        steps.runJobs();
    }

    @AfterEach
    void cleanUp() {
        steps.cleanUp();
        ClockUtil.reset();
    }

    @Test
    void aNewCalendarMovesTheDatesItGaveWhenAskedAndLeavesTheDatesSetByHand() throws Exception {
        Task study = steps.task(rolloutId, "AQ-TDP01", UnitImplementationProcess.STUDY);
        Task extended = steps.task(rolloutId, "AQ-TDP02", UnitImplementationProcess.STUDY);
        Task carryOut = planTask(PlanTaskProcess.CARRY_OUT);
        Task coordinate = planTask(PlanTaskProcess.COORDINATE);
        Date handSet = Date.from(calculator.endOfDay(LocalDate.of(2098, 2, 27)).toInstant());
        timers.moveDueDate(extended.getId(), handSet);
        List<Date> ladderBefore = ladderDates(study);

        JsonNode answer = putYear(withDays(DAY_OFF), true);

        int movedCount = answer.path("dueDateChanges").path("movedCount").asInt();
        assertThat(answer.path("dueDateChanges").path("moved")).hasSize(movedCount);
        assertThat(answer.path("dueDateChanges").path("moved").findValuesAsText("task"))
                .anyMatch(name -> name.startsWith("Thực hiện nhiệm vụ"))
                .anyMatch(name -> name.startsWith("Phối hợp thực hiện nhiệm vụ"))
                .noneMatch(name -> name.startsWith("Học tập") && name.contains("Tổ dân phố số 2"));
        LocalDate studyDue = day(study.getDueDate());
        LocalDate movedStudyDue = calculator.calendar().plusWorkingDays(studyDue, 1);
        assertThat(day(reloaded(study).getDueDate())).isEqualTo(movedStudyDue);
        assertThat(day(reloaded(carryOut).getDueDate())).isEqualTo(calculator.calendar().plusWorkingDays(day(carryOut.getDueDate()), 1));
        assertThat(reloaded(coordinate).getDueDate()).isAfter(coordinate.getDueDate());
        assertThat(reloaded(extended).getDueDate()).isEqualTo(handSet);
        assertThat(answer.path("dueDateChanges").path("keptSetByHand").asInt()).isEqualTo(1);
        assertThat(answer.path("dueDateChanges").path("summary").asText())
                .startsWith("Đã dời hạn của " + movedCount + " công việc đang mở theo lịch mới.").contains("Giữ nguyên 1 công việc");
        JsonNode movedStudy = movedEntry(answer, "Tổ dân phố số 1");
        assertThat(movedStudy.path("task").asText()).startsWith("Học tập, quán triệt");
        assertThat(movedStudy.path("from").asText()).isEqualTo(words(studyDue));
        assertThat(movedStudy.path("to").asText()).isEqualTo(words(movedStudyDue));
        assertThat(progressDue("AQ-TDP01", "STUDY")).isEqualTo(reloaded(study).getDueDate().toInstant());
        assertThat(progressDue("AQ-TDP02", "STUDY")).isEqualTo(handSet.toInstant());
        assertThat(jdbc.queryForObject("select due_at from plan_task_progress where rollout_id = ?",
                java.sql.Timestamp.class, rolloutId).toInstant()).isEqualTo(reloaded(carryOut).getDueDate().toInstant());
        assertThat(ladderDates(study)).isNotEmpty().isNotEqualTo(ladderBefore);

        Date movedOnce = reloaded(study).getDueDate();
        JsonNode unasked = putYear(withDays(DAY_OFF, SECOND_DAY_OFF), false);

        assertThat(unasked.has("dueDateChanges")).isFalse();
        assertThat(reloaded(study).getDueDate()).isEqualTo(movedOnce);
        assertThat(calculator.calendar().isWorkingDay(SECOND_DAY_OFF)).isFalse();
    }

    @Test
    void onlyAnAdministratorMayMoveOpenTasksAndARefusedCalendarMovesNothing() throws Exception {
        Task study = steps.task(rolloutId, "AQ-TDP01", UnitImplementationProcess.STUDY);

        ResponseEntity<String> badDay = put("{\"days\": [{\"date\": \"2098-01-09\", \"name\": \"\", \"kind\": \"DAY_OFF\"}]}",
                true, "admin", "admin-test");

        assertThat(badDay.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(badDay.getBody()).path("errors").get(0).path("field").asText()).isEqualTo("days[0].name");
        assertThat(reloaded(study).getDueDate()).isEqualTo(study.getDueDate());
        assertThat(put(withDays(DAY_OFF).toString(), true, "aq-tdp01.canbo", "demo").getStatusCode())
                .isIn(HttpStatus.FORBIDDEN, HttpStatus.UNAUTHORIZED);
        assertThat(reloaded(study).getDueDate()).isEqualTo(study.getDueDate());
    }

    private JsonNode putYear(JsonNode body, boolean moveOpenTasks) throws Exception {
        ResponseEntity<String> answer = put(body.toString(), moveOpenTasks, "admin", "admin-test");
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(answer.getBody());
    }

    private ResponseEntity<String> put(String body, boolean moveOpenTasks, String user, String password) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, password);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange("/api/holidays/2098" + (moveOpenTasks ? "?moveOpenTasks=true" : ""), HttpMethod.PUT,
                new HttpEntity<>(body, headers), String.class);
    }

    /** The year as the administrator reads it, with more days off: what one would send after reading GET. */
    private JsonNode withDays(LocalDate... daysOff) {
        ObjectNode body = json.createObjectNode();
        ArrayNode days = body.putArray("days");
        calculator.calendar().daysOf(2098).forEach(day -> days.addObject().put("date", day.date().toString())
                .put("name", day.name()).put("kind", day.kind().name()));
        for (LocalDate dayOff : daysOff) {
            if (calculator.calendar().isWorkingDay(dayOff)) {
                days.addObject().put("date", dayOff.toString()).put("name", "Nghỉ đột xuất").put("kind", "DAY_OFF");
            }
        }
        return body;
    }

    private Task planTask(String key) {
        return engine.getTaskService().createTaskQuery().processDefinitionKey(PlanTaskProcess.KEY).taskDefinitionKey(key)
                .processVariableValueEquals(PlanRolloutProcess.ROLLOUT_ID, rolloutId).singleResult();
    }

    private Task reloaded(Task task) {
        return engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult();
    }

    private List<Date> ladderDates(Task task) {
        return engine.getManagementService().createJobQuery().processInstanceId(task.getProcessInstanceId()).timers()
                .list().stream().map(Job::getDuedate).sorted().toList();
    }

    private Instant progressDue(String unitCode, String stage) {
        return jdbc.queryForObject("select p.due_at from unit_stage_progress p join org_unit u on u.id = p.unit_id"
                + " where p.rollout_id = ? and u.code = ? and p.stage = ?", java.sql.Timestamp.class,
                rolloutId, unitCode, stage).toInstant();
    }

    private static JsonNode movedEntry(JsonNode answer, String unitName) {
        for (JsonNode moved : answer.path("dueDateChanges").path("moved")) {
            if (moved.path("task").asText().contains(unitName) && moved.path("task").asText().startsWith("Học tập")) {
                return moved;
            }
        }
        throw new AssertionError("No moved study task of " + unitName + " in " + answer);
    }

    private LocalDate day(Date date) {
        return ZonedDateTime.ofInstant(date.toInstant(), calculator.zone()).toLocalDate();
    }

    private static String words(LocalDate date) {
        return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    private static String plan() {
        return """
                directive:
                  number: 98-CT/TU
                  date: 2097-12-04
                  issuer: Ban Thường vụ Thành ủy Hải Phòng
                  summary: tăng cường bảo đảm trật tự, an toàn giao thông
                plan:
                  number: /KH-UBND
                  issuingUnit: AQ-UBND
                  place: Ái Quốc
                  summary: Kế hoạch lịch mới %s
                  layout: state
                  endDate: 2098-12-31
                  signer: {authority: KT. CHỦ TỊCH, title: PHÓ CHỦ TỊCH, name: Trần Văn Bình}
                leadUnits: [AQ-PKTHT]
                participants: [AQ-TDP01, AQ-TDP02]
                stages:
                  study: {workingDays: 10}
                  disseminate: {workingDays: 20}
                  unitPlan: {workingDays: 15}
                tasks:
                  - code: NV1
                    title: Rà soát biển báo tại các điểm đen tai nạn giao thông
                    lead: AQ-CA
                    coordinating: [AQ-PKTHT]
                    deadline: {workingDays: 12}
                    output: Báo cáo kết quả rà soát
                reporting: {every: quarter, submitWorkingDays: 3, finalReview: true}
                metrics:
                  - {key: accidents, label: Số vụ tai nạn giao thông, unit: vụ}
                recipients: ["Lưu: VT."]
                """.formatted(UUID.randomUUID());
    }
}

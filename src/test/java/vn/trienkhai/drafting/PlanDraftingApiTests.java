package vn.trienkhai.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
import vn.trienkhai.DemoApplicationTest;
import vn.trienkhai.system.DocumentParser;

/**
 * plan-drafting as Tasklist and the editor drive it: the start form and the task forms through
 * /engine-rest, the draft through /api/plan-drafts/{id}, on the demo organisation in PostgreSQL.
 */
@DemoApplicationTest
class PlanDraftingApiTests {

    private static final String PASSWORD = "demo";
    private static final String DRAFTER = "aq-vp.canbo";
    private static final String LEADER = "aq-ubnd.truong";
    private static final String CLERK = "aq-ubnd.canbo";
    private static final String STRANGER = "aq-pktht.canbo";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDraftIsReadByItsDraftersAndTheIssuingUnitAndWrittenOnlyByItsDrafters() throws Exception {
        long id = startDraft();

        ResponseEntity<JsonNode> own = call(DRAFTER, HttpMethod.GET, "/api/plan-drafts/" + id, null);
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(own.getBody().get("state").asText()).isEqualTo("DRAFTING");
        assertThat(own.getBody().get("editable").asBoolean()).isTrue();
        assertThat(own.getBody().at("/document/plan/issuingUnit").asText()).isEqualTo("AQ-UBND");

        ResponseEntity<JsonNode> saved = call(DRAFTER, HttpMethod.PUT, "/api/plan-drafts/" + id, Map.of("document", plan("Lưu")));
        assertThat(saved.getStatusCode()).as(String.valueOf(saved.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(saved.getBody().at("/document/tasks/0/deadline").asText()).isEqualTo("2027-06-30");
        assertThat(saved.getBody().at("/document/stages/disseminate/month").asText()).isEqualTo("2027-03");
        assertThat(saved.getBody().get("updatedBy").asText()).isEqualTo(DRAFTER);

        ResponseEntity<JsonNode> leadership = call(LEADER, HttpMethod.GET, "/api/plan-drafts/" + id, null);
        assertThat(leadership.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(leadership.getBody().get("editable").asBoolean()).isFalse();
        ResponseEntity<JsonNode> leadershipWrites = call(LEADER, HttpMethod.PUT, "/api/plan-drafts/" + id, Map.of("document", plan("x")));
        assertThat(leadershipWrites.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(leadershipWrites.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(leadershipWrites.getBody().get("detail").asText()).contains("đơn vị soạn thảo");

        ResponseEntity<JsonNode> stranger = call(STRANGER, HttpMethod.GET, "/api/plan-drafts/" + id, null);
        assertThat(stranger.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(stranger.getBody().get("detail").asText()).contains("Chỉ cán bộ của đơn vị soạn thảo");
        ResponseEntity<JsonNode> missing = call(DRAFTER, HttpMethod.GET, "/api/plan-drafts/99999999", null);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getBody().get("detail").asText()).contains("Không có dự thảo");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndLeavesTheDraftAsItWas() throws Exception {
        long id = startDraft();
        String before = jdbc.queryForObject("select document from plan_draft where id = ?", String.class, id);

        ResponseEntity<JsonNode> notADocument = call(DRAFTER, HttpMethod.PUT, "/api/plan-drafts/" + id,
                Map.of("document", new int[] {1}));
        ObjectNode unreadable = plan("Sai thời hạn");
        ((ObjectNode) unreadable.withArray("tasks").get(1)).put("deadline", "khi nào xong");
        ResponseEntity<JsonNode> badDeadline = call(DRAFTER, HttpMethod.PUT, "/api/plan-drafts/" + id,
                Map.of("document", unreadable));

        assertThat(notADocument.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(notADocument.getBody().at("/errors/0/field").asText()).isEqualTo("document");
        assertThat(badDeadline.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badDeadline.getBody().at("/errors/0/field").asText()).isEqualTo("tasks[1].deadline");
        assertThat(badDeadline.getBody().at("/errors/0/message").asText()).contains("không đọc được thời hạn «khi nào xong»");
        assertThat(jdbc.queryForObject("select document from plan_draft where id = ?", String.class, id)).isEqualTo(before);
        ResponseEntity<JsonNode> otherUnit = call(STRANGER, HttpMethod.POST,
                "/engine-rest/process-definition/key/" + PlanDraftingProcess.KEY + "/submit-form",
                Map.of("variables", Map.of("draftingUnit", Map.of("value", "AQ-VP", "type", "String"))));
        assertThat(otherUnit.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(otherUnit.getBody().get("message").asText()).contains("Đơn vị soạn thảo");
    }

    @Test
    void anApprovedDraftIsIssuedAllOrNothingAndRollsOutAtOnce() throws Exception {
        long id = startDraft();
        String summary = "Soạn thảo " + UUID.randomUUID();
        assertThat(call(DRAFTER, HttpMethod.PUT, "/api/plan-drafts/" + id, Map.of("document", plan(summary)))
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        complete(DRAFTER, task(DRAFTER, PlanDraftingProcess.DRAFT, id), Map.of());
        complete(LEADER, task(LEADER, PlanDraftingProcess.APPROVE, id), Map.of("decision", "accept"));
        assertThat(call(DRAFTER, HttpMethod.PUT, "/api/plan-drafts/" + id, Map.of("document", plan(summary)))
                .getStatusCode()).as("approved: no more edits").isEqualTo(HttpStatus.CONFLICT);
        String issue = task(CLERK, PlanDraftingProcess.ISSUE, id);
        String taken = "9" + (System.nanoTime() % 100000) + "/KH-UBND";
        ObjectNode other = plan("Đã có số " + UUID.randomUUID());
        other.with("plan").put("number", taken);
        other.with("stages").set("disseminate", JSON.readTree("{\"month\":\"2027-03\"}"));
        ((ObjectNode) other.withArray("tasks").get(0)).put("deadline", "2027-06-30");
        assertThat(call("admin", HttpMethod.POST, "/api/plans", other).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        int plans = jdbc.queryForObject("select count(*) from plan", Integer.class);
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

        ResponseEntity<JsonNode> refused = complete(CLERK, issue, Map.of("planNumber", taken, "issuedOn", today, "rolloutOn", today));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("message").asText()).contains("Trường «Số, ký hiệu»").contains("đã có trong hệ thống");
        assertThat(jdbc.queryForObject("select count(*) from plan", Integer.class)).isEqualTo(plans);
        assertThat(jdbc.queryForObject("select state from plan_draft where id = ?", String.class, id)).isEqualTo("AWAITING_ISSUE");

        String number = "8" + (System.nanoTime() % 100000) + "/KH-UBND";
        ResponseEntity<JsonNode> issued = complete(CLERK, issue, Map.of("planNumber", number, "issuedOn", today, "rolloutOn", today));

        assertThat(issued.getStatusCode()).as(String.valueOf(issued.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
        Long planId = jdbc.queryForObject("select id from plan where number = ?", Long.class, number);
        assertThat(jdbc.queryForObject("select plan_id from plan_draft where id = ?", Long.class, id)).isEqualTo(planId);
        assertThat(jdbc.queryForObject("select count(*) from rollout where plan_id = ? and status = 'RUNNING'", Integer.class, planId))
                .isOne();
        assertThat(jdbc.queryForObject("select summary from plan where id = ?", String.class, planId)).isEqualTo(summary);
        assertThat(jdbc.queryForObject("select count(*) from act_re_camformdef where key_ = ?", Integer.class,
                "reporting-unit-report-plan-" + planId)).as("the plan's unit report form, deployed though the clerk may not deploy")
                .isOne();
    }

    @Test
    void whatTheClerkCannotFixGoesBackToTheDrafterWithTheRefusalFilledIn() throws Exception {
        long id = startDraft();
        String summary = "Trả lại " + UUID.randomUUID();
        assertThat(call(DRAFTER, HttpMethod.PUT, "/api/plan-drafts/" + id, Map.of("document", plan(summary)))
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        complete(DRAFTER, task(DRAFTER, PlanDraftingProcess.DRAFT, id), Map.of());
        complete(LEADER, task(LEADER, PlanDraftingProcess.APPROVE, id), Map.of("decision", "accept"));
        ObjectNode same = plan(summary);
        same.with("plan").put("number", "7" + (System.nanoTime() % 100000) + "/KH-UBND");
        same.with("stages").set("disseminate", JSON.readTree("{\"month\":\"2027-03\"}"));
        ((ObjectNode) same.withArray("tasks").get(0)).put("deadline", "2027-06-30");
        assertThat(call("admin", HttpMethod.POST, "/api/plans", same).getStatusCode())
                .as("meanwhile the ward issued a plan of the same summary").isEqualTo(HttpStatus.CREATED);
        int plans = jdbc.queryForObject("select count(*) from plan", Integer.class);
        String issue = task(CLERK, PlanDraftingProcess.ISSUE, id);
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

        ResponseEntity<JsonNode> refused = complete(CLERK, issue, Map.of("planNumber",
                "6" + (System.nanoTime() % 100000) + "/KH-UBND", "issuedOn", today, "rolloutOn", today));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("message").asText()).contains("Trường «Trích yếu»")
                .contains("Ủy ban nhân dân phường Ái Quốc").doesNotContain("AQ-UBND")
                .contains("chọn «Trả lại người soạn thảo», lý do đã điền sẵn");
        assertThat(jdbc.queryForObject("select count(*) from plan", Integer.class)).isEqualTo(plans);
        JsonNode form = call(CLERK, HttpMethod.GET, "/engine-rest/task/" + issue + "/form-variables", null).getBody();
        String prefilled = form.at("/returnReason/value").asText();
        assertThat(prefilled).as("the clerk's form offers the refusal as the reason: " + form)
                .startsWith("Không vào sổ, phát hành được. Trường «Trích yếu»");

        ResponseEntity<JsonNode> returned = complete(CLERK, issue, Map.of("issueDecision", "return", "returnReason", prefilled));

        assertThat(returned.getStatusCode()).as(String.valueOf(returned.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
        String reopened = task(DRAFTER, PlanDraftingProcess.DRAFT, id);
        assertThat(call(DRAFTER, HttpMethod.GET, "/engine-rest/task/" + reopened + "/form-variables", null).getBody()
                .at("/returnReason/value").asText()).isEqualTo(prefilled);
        JsonNode draft = call(DRAFTER, HttpMethod.GET, "/api/plan-drafts/" + id, null).getBody();
        assertThat(draft.get("state").asText()).isEqualTo("DRAFTING");
        assertThat(draft.get("editable").asBoolean()).isTrue();
        assertThat(draft.get("returnReason").asText()).isEqualTo(prefilled);
        assertThat(draft.get("returnedBy").asText()).startsWith("Văn thư không vào sổ, phát hành được");
        assertThat(jdbc.queryForObject("select count(*) from plan", Integer.class)).isEqualTo(plans);
    }

    @Test
    void theDraftsListShowsTheCallersUnitsDraftsByNameAndTheTaskToContinueWith() throws Exception {
        long id = startDraft();
        String summary = "Danh sách " + UUID.randomUUID();
        assertThat(call(DRAFTER, HttpMethod.PUT, "/api/plan-drafts/" + id, Map.of("document", plan(summary)))
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String office = jdbc.queryForObject("select name from org_unit where code = 'AQ-VP'", String.class);
        String drafterName = jdbc.queryForObject("select trim(coalesce(first_, '') || ' ' || coalesce(last_, ''))"
                + " from act_id_user where id_ = ?", String.class, DRAFTER);

        JsonNode mine = draftIn(call(DRAFTER, HttpMethod.GET, "/api/plan-drafts", null), id);

        assertThat(mine.get("summary").asText()).isEqualTo(summary);
        assertThat(mine.get("stateLabel").asText()).isEqualTo("Đang soạn thảo");
        assertThat(mine.get("draftingUnit").asText()).isEqualTo(office);
        assertThat(mine.get("updatedOn").asText()).isEqualTo(today);
        assertThat(mine.get("updatedBy").asText()).isEqualTo(drafterName);
        assertThat(mine.get("editorUrl").asText()).isEqualTo("/drafting/editor.html?draft=" + id);
        String draftTask = task(DRAFTER, PlanDraftingProcess.DRAFT, id);
        assertThat(mine.at("/task/name").asText()).as("named when it was created")
                .isEqualTo("Soạn thảo kế hoạch – dự thảo số " + id);
        assertThat(mine.at("/task/tasklistUrl").asText()).isEqualTo("/camunda/app/tasklist/default/#/?task=" + draftTask);
        assertThat(mine.toString()).as("names, not codes").doesNotContain("AQ-VP").doesNotContain("AQ-UBND");
        assertThat(draftIn(call(STRANGER, HttpMethod.GET, "/api/plan-drafts", null), id))
                .as("another unit's draft never appears").isNull();
        assertThat(draftIn(call(LEADER, HttpMethod.GET, "/api/plan-drafts", null), id))
                .as("not the leadership's until it is sent to them").isNull();

        complete(DRAFTER, draftTask, Map.of());

        JsonNode sent = draftIn(call(LEADER, HttpMethod.GET, "/api/plan-drafts", null), id);
        assertThat(sent.get("stateLabel").asText()).isEqualTo("Chờ phê duyệt");
        assertThat(sent.at("/task/name").asText()).isEqualTo("Phê duyệt kế hoạch – " + summary);
        JsonNode drafters = draftIn(call(DRAFTER, HttpMethod.GET, "/api/plan-drafts", null), id);
        assertThat(drafters.get("task").isNull()).as("the approval is not the drafter's to take").isTrue();
        assertThat(drafters.get("issuingUnit").asText()).isEqualTo(
                jdbc.queryForObject("select name from org_unit where code = 'AQ-UBND'", String.class));
        assertThat(draftIn(call(STRANGER, HttpMethod.GET, "/api/plan-drafts", null), id)).isNull();
    }

    @Test
    void thePreviewWithoutADateRollsOutOnTheEnginesToday() throws Exception {
        long id = startDraft();
        JsonNode saved = call(DRAFTER, HttpMethod.PUT, "/api/plan-drafts/" + id, Map.of("document",
                plan("Xem trước " + UUID.randomUUID()))).getBody();
        ClockUtil.setCurrentTime(Date.from(LocalDate.of(2027, 2, 1).atTime(9, 0)
                .atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
        try {
            ResponseEntity<JsonNode> preview = call(DRAFTER, HttpMethod.POST, "/api/plans/preview", saved.get("document"));

            assertThat(preview.getStatusCode()).as(String.valueOf(preview.getBody())).isEqualTo(HttpStatus.OK);
            assertThat(preview.getBody().get("rolloutOn").asText()).isEqualTo("2027-02-01");
        } finally {
            ClockUtil.reset();
        }
    }

    private static JsonNode draftIn(ResponseEntity<JsonNode> list, long id) {
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        for (JsonNode draft : list.getBody()) {
            if (draft.get("id").asLong() == id) {
                return draft;
            }
        }
        return null;
    }

    private long startDraft() {
        ResponseEntity<JsonNode> started = call(DRAFTER, HttpMethod.POST,
                "/engine-rest/process-definition/key/" + PlanDraftingProcess.KEY + "/submit-form",
                Map.of("variables", Map.of("draftingUnit", Map.of("value", "AQ-VP", "type", "String"))));
        assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
        return Long.parseLong(started.getBody().get("businessKey").asText().substring("draft-".length()));
    }

    private String task(String user, String key, long draftId) {
        JsonNode tasks = call(user, HttpMethod.GET, "/engine-rest/task?taskDefinitionKey=" + key
                + "&processInstanceBusinessKey=draft-" + draftId, null).getBody();
        assertThat(tasks).as(user + " sees " + key).hasSize(1);
        return tasks.get(0).get("id").asText();
    }

    private ResponseEntity<JsonNode> complete(String user, String taskId, Map<String, String> values) {
        Map<String, Object> variables = new java.util.HashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value, "type", "String")));
        return call(user, HttpMethod.POST, "/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", variables));
    }

    /** The small test plan, as the editor would send it: deadlines typed as plans write them. */
    private static ObjectNode plan(String summary) throws Exception {
        byte[] yaml;
        try (var in = PlanDraftingApiTests.class.getResourceAsStream("/plans/small-plan.yaml")) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("SUMMARY", summary)
                    .replace("endDate: 2026-12-31", "endDate: 2027-12-31").getBytes(StandardCharsets.UTF_8);
        }
        ObjectNode document = (ObjectNode) DocumentParser.parse(yaml, MediaType.parseMediaType("application/yaml"));
        document.with("plan").remove("date");
        ((ObjectNode) document.withArray("tasks").get(0)).put("deadline", "trước ngày 30/06/2027");
        document.with("stages").put("disseminate", "trong tháng 3/2027");
        return document;
    }

    private ResponseEntity<JsonNode> call(String user, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, "admin".equals(user) ? "admin" : PASSWORD);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }
}

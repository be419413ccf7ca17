package vn.trienkhai.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
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

@DemoApplicationTest
class PlanApiTests {

    private static final MediaType YAML = MediaType.parseMediaType("application/yaml");

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcTemplate jdbc;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void importsAYamlPlanAndReadsItBack() throws IOException {
        String summary = "Kế hoạch thử " + UUID.randomUUID();
        ResponseEntity<JsonNode> created = post("/api/plans", yaml(summary), YAML);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long id = created.getBody().get("id").asLong();
        assertThat(created.getHeaders().getLocation()).hasToString("/api/plans/" + id);

        JsonNode plan = get("/api/plans/" + id).getBody();
        assertThat(plan.at("/plan/summary").asText()).isEqualTo(summary);
        assertThat(plan.at("/plan/issuingUnitName").asText()).isEqualTo("Ủy ban nhân dân phường Ái Quốc");
        assertThat(plan.at("/directive/number").asText()).isEqualTo("99-CT/TEST");
        assertThat(plan.at("/participants/1/unit").asText()).isEqualTo("AQ-TDP02");
        assertThat(plan.at("/stages/unitPlan/quarter").asText()).isEqualTo("2026-Q3");
        assertThat(plan.at("/tasks/0/coordinating/0").asText()).isEqualTo("AQ-CA");
        assertThat(plan.at("/tasks/1/deadline").asText()).isEqualTo("continuous");
        assertThat(plan.at("/reporting/every").asText()).isEqualTo("QUARTER");
        assertThat(plan.at("/importedBy").asText()).isEqualTo("admin");

        JsonNode list = get("/api/plans").getBody();
        JsonNode line = findById(list, id);
        assertThat(line.get("number").asText()).isEqualTo("/KH-UBND");
        assertThat(line.get("issuingUnit").asText()).isEqualTo("AQ-UBND");
        assertThat(line.get("directiveNumber").asText()).isEqualTo("99-CT/TEST");
    }

    @Test
    void theReportsOwnRecipientsAreStoredOrDefaultUpward() throws IOException {
        ObjectNode document = PlanDocumentReaderTests.smallPlan();
        document.with("plan").put("summary", "Kế hoạch nơi nhận " + UUID.randomUUID());
        document.putArray("reportRecipients").add("Ban Thường vụ Thành ủy Hải Phòng (để báo cáo)").add("Lưu: VT, PKTHT");
        long given = post("/api/plans", json.writeValueAsString(document), MediaType.APPLICATION_JSON).getBody()
                .get("id").asLong();
        long defaulted = post("/api/plans", yaml("Kế hoạch mặc định " + UUID.randomUUID()), YAML).getBody()
                .get("id").asLong();

        assertThat(get("/api/plans/" + given).getBody().get("reportRecipients")).extracting(JsonNode::asText)
                .containsExactly("Ban Thường vụ Thành ủy Hải Phòng (để báo cáo)", "Lưu: VT, PKTHT");
        assertThat(jdbc.queryForList("select recipient from plan_report_recipient where plan_id = ? order by position",
                String.class, given)).hasSize(2);
        assertThat(get("/api/plans/" + defaulted).getBody().get("reportRecipients")).extracting(JsonNode::asText)
                .containsExactly("Ban Thường vụ Thành ủy Hải Phòng (để báo cáo)",
                        "Ủy ban nhân dân thành phố Hải Phòng (để báo cáo)",
                        "Lãnh đạo Ủy ban nhân dân phường Ái Quốc (để báo cáo)", "Lưu: VT, PKTHT");
        assertThat(get("/api/plans/" + defaulted).getBody().get("recipients")).extracting(JsonNode::asText)
                .containsExactly("Lưu: VT.");
    }

    @Test
    void aBadReportRecipientRefusesTheWholePlan() throws IOException {
        Map<String, Integer> before = counts();
        String broken = yaml("Kế hoạch nơi nhận lỗi " + UUID.randomUUID())
                + "\nreportRecipients:\n  - Ban Thường vụ Thành ủy Hải Phòng (để báo cáo)\n  - {unit: HP-UBND}\n";

        ResponseEntity<JsonNode> response = post("/api/plans", broken, YAML);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").findValuesAsText("field")).containsExactly("reportRecipients[1]");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void acceptsJsonAndTheOtherYamlMediaTypes() throws IOException {
        ObjectNode document = PlanDocumentReaderTests.smallPlan();
        document.with("plan").put("summary", "Kế hoạch JSON " + UUID.randomUUID());
        assertThat(post("/api/plans", json.writeValueAsString(document), MediaType.APPLICATION_JSON).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        for (String type : new String[] {"application/x-yaml", "text/yaml"}) {
            ResponseEntity<JsonNode> response = post("/api/plans", yaml("Kế hoạch " + type + UUID.randomUUID()),
                    MediaType.parseMediaType(type + ";charset=UTF-8"));
            assertThat(response.getStatusCode()).as(type).isEqualTo(HttpStatus.CREATED);
        }
    }

    @Test
    void aBrokenPlanIsRefusedWithEveryFieldNamedAndNothingSaved() throws IOException {
        Map<String, Integer> before = counts();
        String broken = yaml("Kế hoạch lỗi " + UUID.randomUUID())
                .replace("2026-01-05", "2026-02-30")
                .replace("lead: AQ-PVHXH", "lead: AQ-KHONGCO")
                .replace("code: NV2", "code: NV1");

        ResponseEntity<JsonNode> response = post("/api/plans", broken, YAML);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("directive.date", "tasks[1].lead", "tasks[1].code");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aYamlSyntaxErrorNamesTheLine() {
        ResponseEntity<JsonNode> response = post("/api/plans", "plan:\n  number: [unclosed\n", YAML);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().at("/errors/0/message").asText()).contains("YAML không hợp lệ ở dòng");
    }

    @Test
    void aConflictFoundLateRollsBackEverythingItWrote() throws IOException {
        String summary = "Kế hoạch trùng " + UUID.randomUUID();
        assertThat(post("/api/plans", yaml(summary), YAML).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Map<String, Integer> before = counts();
        String sameSummaryNewDirective = yaml(summary).replace("99-CT/TEST", "98-CT/TEST");

        ResponseEntity<JsonNode> response = post("/api/plans", sameSummaryNewDirective, YAML);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(counts()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from directive where number = '98-CT/TEST'", Integer.class))
                .isZero();
    }

    @Test
    void aDirectiveAlreadyKnownWithAnotherDateIsRefused() throws IOException {
        String document = yaml("Kế hoạch ngày sai " + UUID.randomUUID()).replace("2026-01-05", "2026-01-06");
        post("/api/plans", yaml("Kế hoạch ngày đúng " + UUID.randomUUID()), YAML);

        ResponseEntity<JsonNode> response = post("/api/plans", document, YAML);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().at("/errors/0/field").asText()).isEqualTo("directive.date");
        assertThat(response.getBody().at("/errors/0/message").asText())
                .isEqualTo("chỉ thị 99-CT/TEST đã có trong hệ thống với ngày 05/01/2026: hãy ghi đúng ngày ban hành đó");
    }

    /** Issue 10, item 4: the issuing unit and the lead office no longer import (docs/security.md). */
    @Test
    void onlyAnAdministratorMayImport() throws IOException {
        ResponseEntity<JsonNode> officer = post("/api/plans", yaml("Kế hoạch tổ " + UUID.randomUUID()), YAML,
                "aq-tdp01.canbo");
        ResponseEntity<JsonNode> leadOffice = post("/api/plans", yaml("Kế hoạch phòng " + UUID.randomUUID()), YAML,
                "aq-pktht.canbo");
        ResponseEntity<JsonNode> issuingUnit = post("/api/plans", yaml("Kế hoạch phường " + UUID.randomUUID()), YAML,
                "aq-ubnd.truong");

        assertThat(officer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(leadOffice.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(issuingUnit.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void anUnsupportedMediaTypeAnswers415() {
        ResponseEntity<JsonNode> response = post("/api/plans", "plan: x", MediaType.TEXT_PLAIN);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    }

    @Test
    void anUnknownPlanAnswers404() {
        assertThat(get("/api/plans/987654").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private ResponseEntity<JsonNode> post(String path, String body, MediaType type) {
        return post(path, body, type, "admin");
    }

    private ResponseEntity<JsonNode> post(String path, String body, MediaType type, String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        return rest.withBasicAuth(user, "admin".equals(user) ? "admin" : "demo")
                .exchange(path, HttpMethod.POST, new HttpEntity<>(body.getBytes(java.nio.charset.StandardCharsets.UTF_8), headers), JsonNode.class);
    }

    private ResponseEntity<JsonNode> get(String path) {
        return rest.withBasicAuth("admin", "admin").getForEntity(path, JsonNode.class);
    }

    private Map<String, Integer> counts() {
        return Map.of(
                "plan", count("plan"), "directive", count("directive"), "plan_task", count("plan_task"),
                "plan_participant", count("plan_participant"), "plan_metric", count("plan_metric"),
                "plan_report_recipient", count("plan_report_recipient"));
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    static String yaml(String summary) throws IOException {
        try (var in = PlanApiTests.class.getResourceAsStream("/plans/small-plan.yaml")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("SUMMARY", summary);
        }
    }

    private static JsonNode findById(JsonNode list, long id) {
        for (JsonNode line : list) {
            if (line.get("id").asLong() == id) {
                return line;
            }
        }
        throw new AssertionError("plan " + id + " not in the list");
    }
}

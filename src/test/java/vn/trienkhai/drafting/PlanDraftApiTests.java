package vn.trienkhai.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.trienkhai.DemoApplicationTest;

/** "Nhập từ văn bản" through the API, on the demo organisation tree in PostgreSQL. */
@DemoApplicationTest
class PlanDraftApiTests {

    private static final String EXTRACT = "/api/plan-drafts/extract";
    private static final MediaType TEXT = MediaType.parseMediaType("text/plain; charset=utf-8");

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IdentityService identity;

    @Test
    void aWardOfficerPastesTheWardPlanAndGetsADocumentThePreviewAccepts() {
        Map<String, Integer> before = counts();

        ResponseEntity<JsonNode> extracted = post(EXTRACT, seed("seed-000-aiquoc-08-ct-tu.txt"), TEXT, "aq-vp.canbo");

        assertThat(extracted.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode body = extracted.getBody();
        assertThat(body.at("/document/plan/issuingUnit").asText()).isEqualTo("AQ-UBND");
        assertThat(body.at("/document/tasks/3/lead").asText()).isEqualTo("AQ-PKTHT");
        assertThat(body.get("findings")).anySatisfy(finding -> {
            assertThat(finding.get("field").asText()).isEqualTo("tasks[3].lead");
            assertThat(finding.get("source").asText()).isEqualTo("Phòng Kinh tế - Hạ tầng");
        });
        assertThat(body.get("unmatched")).hasSize(1);
        assertThat(counts()).as("extraction saves nothing").isEqualTo(before);

        ResponseEntity<JsonNode> preview = post("/api/plans/preview?rolloutOn=2026-07-01",
                body.get("document").toString(), MediaType.APPLICATION_JSON, "admin");
        assertThat(preview.getStatusCode()).as(String.valueOf(preview.getBody())).isEqualTo(HttpStatus.OK);
    }

    @Test
    void theDocxOfThePartyPlanGivesTheSameDocumentAsItsText() throws IOException {
        String text = seed("seed-003-thanhuy-23-ct-tw.txt");
        JsonNode fromText = post(EXTRACT, text, TEXT, "hp-btg.canbo").getBody();

        ResponseEntity<JsonNode> fromDocx = upload(docx(text), "ke-hoach-23.docx", "hp-btg.canbo");

        assertThat(fromDocx.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(fromDocx.getBody().get("document")).isEqualTo(fromText.get("document"));
        ResponseEntity<JsonNode> preview = post("/api/plans/preview?rolloutOn=2023-08-01",
                fromDocx.getBody().get("document").toString(), MediaType.APPLICATION_JSON, "admin");
        assertThat(preview.getStatusCode()).as(String.valueOf(preview.getBody())).isEqualTo(HttpStatus.OK);
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        assertField(post(EXTRACT, "   ", TEXT, "aq-vp.canbo"), "text");
        assertField(upload("không phải Word".getBytes(StandardCharsets.UTF_8), "ke-hoach.txt", "aq-vp.canbo"), "file");
        assertField(upload("PK giả".getBytes(StandardCharsets.UTF_8), "ke-hoach.docx", "aq-vp.canbo"), "file");
        assertField(post(EXTRACT, "{}", MediaType.APPLICATION_JSON, "aq-vp.canbo"), "Content-Type");
    }

    @Test
    void onlyOfficersOfAUnitMayExtract() {
        User visitor = identity.newUser("khach.drafting");
        visitor.setPassword("demo");
        identity.saveUser(visitor);

        assertThat(post(EXTRACT, "KẾ HOẠCH", TEXT, "khach.drafting").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.exchange(EXTRACT, HttpMethod.POST, new HttpEntity<>("KẾ HOẠCH", headers(TEXT)), JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private static void assertField(ResponseEntity<JsonNode> response, String field) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(response.getBody().at("/errors/0/field").asText()).isEqualTo(field);
        assertThat(response.getBody().at("/errors/0/message").asText()).isNotBlank();
    }

    private ResponseEntity<JsonNode> post(String path, String body, MediaType type, String user) {
        return rest.withBasicAuth(user, "admin".equals(user) ? "admin" : "demo").exchange(path, HttpMethod.POST,
                new HttpEntity<>(body.getBytes(StandardCharsets.UTF_8), headers(type)), JsonNode.class);
    }

    private ResponseEntity<JsonNode> upload(byte[] bytes, String name, String user) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        return rest.withBasicAuth(user, "demo").exchange(EXTRACT, HttpMethod.POST,
                new HttpEntity<>(form, headers(MediaType.MULTIPART_FORM_DATA)), JsonNode.class);
    }

    private static HttpHeaders headers(MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        return headers;
    }

    private Map<String, Integer> counts() {
        return Map.of("plan", count("plan"), "directive", count("directive"), "plan_task", count("plan_task"));
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    private static String seed(String name) {
        return DemoUnits.resource("/drafting/" + name);
    }

    private static byte[] docx(String text) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.split("\n")) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(out);
            return out.toByteArray();
        }
    }
}

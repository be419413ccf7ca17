package vn.trienkhai.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
class PlanPreviewApiTests {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void previewResolvesEveryDeadlineAndRoundWithoutSaving() throws IOException {
        int plansBefore = jdbc.queryForObject("select count(*) from plan", Integer.class);

        ResponseEntity<JsonNode> response = preview(PlanApiTests.yaml("Xem trước"), "2026-06-19");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode preview = response.getBody();
        assertThat(preview.get("zone").asText()).isEqualTo("Asia/Ho_Chi_Minh");
        // 10 working days after Friday 19/06/2026: 22/06 .. 03/07
        assertThat(preview.at("/stages/0/dueAt").asText()).isEqualTo("2026-07-03T23:59:59+07:00");
        assertThat(preview.at("/stages/1/dueAt").asText()).isEqualTo("2026-07-31T23:59:59+07:00");
        // 30/09/2026 is a Wednesday
        assertThat(preview.at("/tasks/0/dueAt").asText()).isEqualTo("2026-09-30T23:59:59+07:00");
        assertThat(preview.at("/tasks/1/dueAt").isNull()).isTrue();
        JsonNode rounds = preview.get("reportingRounds");
        assertThat(rounds.findValuesAsText("cutOff")).containsExactly("2026-09-14", "2026-12-14", "2026-12-31");
        assertThat(rounds.get(0).get("label").asText()).isEqualTo("Quý III/2026");
        assertThat(rounds.get(0).get("dataFrom").asText()).isEqualTo("2026-06-15");
        // 3 working days after Monday 14/09/2026
        assertThat(rounds.get(0).get("submissionDeadline").asText()).isEqualTo("2026-09-17T23:59:59+07:00");
        assertThat(rounds.get(2).get("finalReview").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from plan", Integer.class)).isEqualTo(plansBefore);
    }

    @Test
    void previewGivesTheSameValidationErrorsAsImport() throws IOException {
        String broken = PlanApiTests.yaml("Xem trước lỗi").replace("lead: AQ-PVHXH", "lead: AQ-KHONGCO");

        ResponseEntity<JsonNode> response = preview(broken, "2026-06-19");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().at("/errors/0/field").asText()).isEqualTo("tasks[1].lead");
    }

    @Test
    void aBadRolloutDateIsNamed() throws IOException {
        ResponseEntity<JsonNode> malformed = preview(PlanApiTests.yaml("Xem trước"), "2026-13-01");
        ResponseEntity<JsonNode> afterTheEnd = preview(PlanApiTests.yaml("Xem trước"), "2027-01-04");

        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(malformed.getBody().at("/errors/0/field").asText()).isEqualTo("rolloutOn");
        assertThat(afterTheEnd.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(afterTheEnd.getBody().at("/errors/0/field").asText()).isEqualTo("rolloutOn");
        assertThat(afterTheEnd.getBody().at("/errors/0/message").asText()).isEqualTo("ngày triển khai 04/01/2027 sau "
                + "ngày kết thúc kế hoạch 31/12/2026: hãy chọn một ngày triển khai trong thời gian của kế hoạch");
    }

    private ResponseEntity<JsonNode> preview(String yaml, String rolloutOn) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("application/yaml"));
        return rest.withBasicAuth("admin", "admin").exchange("/api/plans/preview?rolloutOn=" + rolloutOn,
                HttpMethod.POST, new HttpEntity<>(yaml.getBytes(StandardCharsets.UTF_8), headers), JsonNode.class);
    }
}

package vn.trienkhai.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 10, items 6 and 11: only a plan's issuing unit, its lead units and administrators roll it
 * out, through the application's API and through the engine's generic start (what Tasklist's
 * start form sends) alike; a start the deadlines do not allow answers in Vietnamese, not 500.
 */
@SecurityIntegrationTest
class RolloutRightsSecurityTests {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcTemplate jdbc;

    private HostileRequests requests;
    private long planLedByPkTht;

    @BeforeEach
    void importAPlanLedByAqPkTht() throws Exception {
        requests = new HostileRequests(rest);
        ResponseEntity<String> imported = requests.send("admin", HttpMethod.POST, "/api/plans",
                HostileRequests.smallPlan("Kế hoạch quyền triển khai " + UUID.randomUUID()), HostileRequests.YAML);
        assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        planLedByPkTht = requests.json(imported).path("id").asLong();
    }

    @Test
    void anotherLeadOfficeCannotRollOutAPlanItDoesNotLead() throws Exception {
        ResponseEntity<String> response = requests.send("aq-ca.canbo", HttpMethod.POST,
                "/api/plans/" + planLedByPkTht + "/rollouts", null, null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(requests.json(response).path("detail").asText()).contains("cơ quan chủ trì");
        assertThat(rollouts()).isZero();
        assertThat(requests.json(requests.get("aq-ca.canbo", "/api/rollouts/startable-plans")))
                .extracting(plan -> plan.path("id").asLong()).doesNotContain(planLedByPkTht);
    }

    @Test
    void anotherLeadOfficeCannotRollItOutThroughTheEnginesGenericStartEither() throws Exception {
        ResponseEntity<String> response = requests.send("aq-ca.canbo", HttpMethod.POST,
                "/engine-rest/process-definition/key/plan-rollout/submit-form",
                "{\"variables\": {\"planId\": {\"value\": " + planLedByPkTht + ", \"type\": \"Long\"}}}",
                MediaType.APPLICATION_JSON);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getBody()).contains("cơ quan chủ trì");
        assertThat(rollouts()).isZero();
    }

    @Test
    void theLeadOfficeAndTheIssuingUnitMayRollItOut() throws Exception {
        assertThat(requests.json(requests.get("aq-ubnd.truong", "/api/rollouts/startable-plans")))
                .extracting(plan -> plan.path("id").asLong()).contains(planLedByPkTht);
        ResponseEntity<String> response = requests.send("aq-pktht.canbo", HttpMethod.POST,
                "/api/plans/" + planLedByPkTht + "/rollouts", "{\"rolloutOn\": \"2026-06-20\", \"acceptPastDeadlines\": true}", MediaType.APPLICATION_JSON);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(rollouts()).isOne();
    }

    /** Tasklist's start form: a day that leaves deadlines behind is refused with the list, then started once confirmed. */
    @Test
    void aStartWithDeadlinesAlreadyPastIsToldWhichAndGoesAheadOnlyWhenConfirmed() throws Exception {
        String start = "/engine-rest/process-definition/key/plan-rollout/submit-form";
        String variables = "\"planId\": {\"value\": " + planLedByPkTht + ", \"type\": \"Long\"}, "
                + "\"rolloutOn\": {\"value\": \"2026-06-20\", \"type\": \"String\"}";

        ResponseEntity<String> warned = requests.send("aq-pktht.canbo", HttpMethod.POST, start,
                "{\"variables\": {" + variables + "}}", MediaType.APPLICATION_JSON);

        assertThat(warned.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(warned.getBody()).contains("từ ngày 20/06/2026").contains("Tuyên truyền, phổ biến: 31/07/2026")
                .contains("Vẫn triển khai dù có hạn đã qua").doesNotContain("ENGINE-");
        assertThat(rollouts()).isZero();

        ResponseEntity<String> confirmed = requests.send("aq-pktht.canbo", HttpMethod.POST, start,
                "{\"variables\": {" + variables + ", \"acceptPastDeadlines\": {\"value\": true, \"type\": \"Boolean\"}}}",
                MediaType.APPLICATION_JSON);

        assertThat(confirmed.getStatusCode()).as(confirmed.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(rollouts()).isOne();
    }

    @Test
    void theApiTellsWhichDeadlinesWouldBePastBeforeAnythingStarts() throws Exception {
        ResponseEntity<String> warned = requests.send("aq-pktht.canbo", HttpMethod.POST,
                "/api/plans/" + planLedByPkTht + "/rollouts", "{\"rolloutOn\": \"2026-06-20\"}", MediaType.APPLICATION_JSON);

        assertThat(warned.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(requests.json(warned).path("detail").asText()).contains("Tuyên truyền, phổ biến: 31/07/2026")
                .contains("Nhiệm vụ ").contains("\"acceptPastDeadlines\": true");
        assertThat(rollouts()).isZero();
    }

    /** The Thành ủy plan as issued ended in 2024: rolled out today, its deadlines cannot be computed. */
    @Test
    void aRolloutWhoseDeadlinesCannotBeComputedAnswersInVietnamese() throws Exception {
        String thanhUy = HostileRequests.resource("/plans/thanhuy-23-ct-tw-as-issued.yaml")
                .replace("summary: Nghiên cứu, học tập", "summary: Bản sao " + UUID.randomUUID() + " nghiên cứu, học tập");
        ResponseEntity<String> imported = requests.send("admin", HttpMethod.POST, "/api/plans", thanhUy,
                HostileRequests.YAML);
        assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long planId = requests.json(imported).path("id").asLong();

        ResponseEntity<String> response = requests.send("admin", HttpMethod.POST, "/api/plans/" + planId + "/rollouts",
                null, null);

        assertThat(response.getStatusCode().value()).isIn(400, 409);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(requests.json(response).path("detail").asText()).contains("thời hạn");
        assertThat(jdbc.queryForObject("select count(*) from rollout where plan_id = ?", Integer.class, planId)).isZero();
    }

    private int rollouts() {
        return jdbc.queryForObject("select count(*) from rollout where plan_id = ?", Integer.class, planLedByPkTht);
    }
}

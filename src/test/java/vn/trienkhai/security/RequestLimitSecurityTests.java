package vn.trienkhai.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 10, items 9, 11 and 12: bodies above the document limit are refused before parsing, with
 * or without a declared length; control characters, empty bodies and wrong types answer 4xx
 * problem+json naming what to fix; {@code /api} answers are neither cached nor sniffed; the
 * actuator shows metrics and health details to administrators only.
 */
@SecurityIntegrationTest
class RequestLimitSecurityTests {

    private static final int FOUR_MB = 4 * 1024 * 1024;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    private HostileRequests requests;

    @BeforeEach
    void setUp() {
        requests = new HostileRequests(rest);
    }

    @Test
    void aFourMegabyteYamlValueIsRefusedBeforeParsing() throws Exception {
        String document = "plan:\n  summary: " + "a".repeat(FOUR_MB) + "\n";
        long started = System.nanoTime();

        ResponseEntity<String> response = requests.send("admin", HttpMethod.POST, "/api/plans/preview", document,
                HostileRequests.YAML);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(requests.json(response).path("detail").asText()).contains("1024 KB");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void aBodyWithoutADeclaredLengthIsCutOffAtTheLimit() throws Exception {
        byte[] document = ("plan:\n  summary: " + "a".repeat(FOUR_MB) + "\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/plans/preview"))
                .header("Authorization", TestHttp.basic("admin", "admin"))
                .header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(document)))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("quá lớn");
    }

    @Test
    void aNulCharacterInAPlansTextIsRefusedNamingTheField() throws Exception {
        String summary = "Kế hoạch có ký tự lạ " + UUID.randomUUID();
        String document = HostileRequests.smallPlan(summary + "\\0").replace("summary: " + summary + "\\0",
                "summary: \"" + summary + "\\0\"");

        ResponseEntity<String> response = requests.send("admin", HttpMethod.POST, "/api/plans", document,
                HostileRequests.YAML);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(requests.json(response).at("/errors/0/field").asText()).isEqualTo("plan.summary");
        assertThat(requests.json(response).at("/errors/0/message").asText()).contains("U+0000");
        assertThat(jdbc.queryForObject("select count(*) from plan where summary like ?", Integer.class,
                summary + "%")).isZero();
    }

    @Test
    void anEmptyBodyAndAWrongContentTypeAnswerProblems() throws Exception {
        ResponseEntity<String> empty = requests.send("admin", HttpMethod.POST, "/api/plans", null, HostileRequests.YAML);
        ResponseEntity<String> text = requests.send("admin", HttpMethod.POST, "/api/plans", "plan: x",
                MediaType.TEXT_PLAIN);

        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(empty.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(requests.json(empty).at("/errors/0/message").asText()).contains("trống");
        assertThat(text.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(text.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void apiAnswersAreNeitherCachedNorSniffed() {
        for (ResponseEntity<String> response : new ResponseEntity[] {requests.get("admin", "/api/plans"),
                requests.get(null, "/api/plans")}) {
            assertThat(response.getHeaders().getCacheControl()).isEqualTo("no-store");
            assertThat(response.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        }
    }

    @Test
    void metricsAndHealthDetailsAreForAdministratorsOnly() throws Exception {
        assertThat(requests.get(null, "/actuator/metrics").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(requests.get("aq-tdp01.canbo", "/actuator/metrics").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(requests.get("admin", "/actuator/metrics").getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<String> health = requests.get(null, "/actuator/health");
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(requests.json(health).has("components")).isFalse();
        assertThat(requests.json(requests.get("aq-tdp01.canbo", "/actuator/health")).has("components")).isFalse();
        assertThat(requests.json(requests.get("admin", "/actuator/health")).has("components")).isTrue();
    }
}

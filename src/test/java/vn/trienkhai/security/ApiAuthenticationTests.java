package vn.trienkhai.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@SecurityIntegrationTest
class ApiAuthenticationTests {

    private static final String ADMIN = TestHttp.basic("admin", "admin");
    /** Wrong passwords go to a user of their own, so that their throttling holds up no other test. */
    private static final String WRONG_PASSWORD = TestHttp.basic("aq-wrong.canbo", "not-the-password");

    @LocalServerPort
    int port;

    @Autowired
    AccessProvisioning provisioning;

    @Autowired
    IdentityService identityService;

    private final ObjectMapper json = new ObjectMapper();
    private TestHttp http;

    @BeforeEach
    void setUp() {
        http = new TestHttp(port);
        provisioning.ensureUnitGroup("aq-wrong", "Tổ dân phố thử");
        provisioning.ensureUser(new UserAccount("aq-wrong.canbo", "Thử", "Người", null, "mat-khau",
                List.of("aq-wrong")));
    }

    @Test
    void apiWithoutCredentialsAnswers401WithAVietnameseProblem() throws Exception {
        HttpResponse<String> response = http.get("/api/me", null);

        assertUnauthorizedProblem(response);
    }

    @Test
    void apiWithAWrongPasswordAnswers401() throws Exception {
        assertUnauthorizedProblem(http.get("/api/me", WRONG_PASSWORD));
        assertUnauthorizedProblem(http.get("/api/me", TestHttp.basic("nobody", "mat-khau")));
        assertUnauthorizedProblem(http.get("/api/me", "Basic not-base64!"));
    }

    @Test
    void aWrongPasswordDoesNotLockTheAccount() throws Exception {
        provisioning.ensureUser(new UserAccount("aq-wrong.khoa", "Khoá", "Người", null, "mat-khau",
                List.of("aq-wrong")));

        HttpResponse<String> refused = http.get("/api/me", TestHttp.basic("aq-wrong.khoa", "sai-mat-khau"));
        assertUnauthorizedProblem(refused);
        assertThat(json.readTree(refused.body()).get("detail").asText()).contains("mật khẩu không đúng")
                .doesNotContain("bị khoá");

        assertThat(http.get("/api/me", TestHttp.basic("aq-wrong.khoa", "mat-khau")).statusCode()).isEqualTo(200);
    }

    @Test
    void meShowsTheAdministratorAndGroups() throws Exception {
        HttpResponse<String> response = http.get("/api/me", ADMIN);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode me = json.readTree(response.body());
        assertThat(me.get("id").asText()).isEqualTo("admin");
        assertThat(me.get("firstName").asText()).isEqualTo("Quản trị");
        assertThat(me.get("lastName").asText()).isEqualTo("Hệ thống");
        assertThat(me.get("groups").findValuesAsText("id")).contains("camunda-admin");
    }

    @Test
    void meShowsAnOfficerWithTheUnitGroup() throws Exception {
        provisioning.ensureUnitGroup("aq-pkt-me", "Phòng Kinh tế");
        provisioning.ensureUser(new UserAccount("aq-pkt-me.canbo", "Lan", "Nguyễn Thị", "lan@example.invalid",
                "mat-khau", List.of("aq-pkt-me")));

        HttpResponse<String> response = http.get("/api/me", TestHttp.basic("aq-pkt-me.canbo", "mat-khau"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode me = json.readTree(response.body());
        assertThat(me.get("id").asText()).isEqualTo("aq-pkt-me.canbo");
        assertThat(me.get("email").asText()).isEqualTo("lan@example.invalid");
        JsonNode group = me.get("groups").get(0);
        assertThat(group.get("id").asText()).isEqualTo("aq-pkt-me");
        assertThat(group.get("name").asText()).isEqualTo("Phòng Kinh tế");
    }

    @Test
    void engineRestNeedsCredentials() throws Exception {
        assertThat(http.get("/engine-rest/user", null).statusCode()).isEqualTo(401);
        assertThat(http.get("/engine-rest/user", WRONG_PASSWORD).statusCode()).isEqualTo(401);
        assertThat(http.get("/engine-rest/engine/default/user", null).statusCode()).isEqualTo(401);

        HttpResponse<String> response = http.get("/engine-rest/user?id=admin", ADMIN);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"id\":\"admin\"");
    }

    private void assertUnauthorizedProblem(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"trienkhai\"");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(401);
        assertThat(problem.get("title").asText()).isEqualTo("Cần đăng nhập");
    }
}

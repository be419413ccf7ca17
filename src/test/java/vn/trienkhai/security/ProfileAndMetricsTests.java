package vn.trienkhai.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.trienkhai.DemoApplicationTest;

/**
 * Issue 10, item 10: an officer changed the own name and e-mail address (mail then went to the new
 * address) and read the engine's metrics. Both are for administrators only; the own password
 * stays the officer's to change.
 */
@DemoApplicationTest
class ProfileAndMetricsTests {

    private static final String PASSWORD = "mat-khau-cu";

    @LocalServerPort
    int port;

    @Autowired
    AccessProvisioning provisioning;

    @Autowired
    IdentityService identityService;

    private TestHttp http;
    private String user;

    @BeforeEach
    void anOfficer() {
        http = new TestHttp(port);
        user = "aq-profile-" + UUID.randomUUID().toString().substring(0, 8) + ".canbo";
        provisioning.ensureUnitGroup("aq-profile", "Tổ dân phố thử");
        provisioning.ensureUser(new UserAccount(user, "Lan", "Nguyễn Thị", "lan@example.invalid", PASSWORD,
                List.of("aq-profile")));
    }

    @Test
    void anOfficerCannotChangeTheOwnNameOrEmail() throws Exception {
        String profile = "{\"id\":\"" + user + "\",\"firstName\":\"Lan\",\"lastName\":\"Nguyễn Thị\","
                + "\"email\":\"attacker@example.invalid\"}";

        HttpResponse<String> rest = http.send("PUT", "/engine-rest/user/" + user + "/profile",
                TestHttp.basic(user, PASSWORD), profile);
        WebappSession admin = WebappSession.logIn(port, user, PASSWORD);
        HttpResponse<String> webapp = admin.send("PUT", "/camunda/api/engine/engine/default/user/" + user + "/profile",
                profile.replace("Lan", "Hoa"));

        assertThat(rest.statusCode()).as(rest.body()).isEqualTo(403);
        assertThat(rest.body()).contains("quản trị viên").doesNotContain("ENGINE-");
        assertThat(webapp.statusCode()).as(webapp.body()).isEqualTo(403);
        User stored = identityService.createUserQuery().userId(user).singleResult();
        assertThat(stored.getEmail()).isEqualTo("lan@example.invalid");
        assertThat(stored.getFirstName()).isEqualTo("Lan");
    }

    @Test
    void anOfficerStillChangesTheOwnPasswordAndAnAdministratorTheProfile() throws Exception {
        HttpResponse<String> password = http.send("PUT", "/engine-rest/user/" + user + "/credentials",
                TestHttp.basic(user, PASSWORD), "{\"password\":\"mat-khau-moi-2026\",\"authenticatedUserPassword\":\""
                        + PASSWORD + "\"}");
        assertThat(password.statusCode()).as(password.body()).isEqualTo(204);
        assertThat(identityService.checkPassword(user, "mat-khau-moi-2026")).isTrue();

        HttpResponse<String> byAdmin = http.send("PUT", "/engine-rest/user/" + user + "/profile",
                TestHttp.basic("admin", "admin"), "{\"id\":\"" + user + "\",\"firstName\":\"Lan\","
                        + "\"lastName\":\"Trần Thị\",\"email\":\"lan.tran@example.invalid\"}");
        assertThat(byAdmin.statusCode()).as(byAdmin.body()).isEqualTo(204);
        assertThat(identityService.createUserQuery().userId(user).singleResult().getEmail())
                .isEqualTo("lan.tran@example.invalid");
    }

    @Test
    void onlyAdministratorsReadTheEnginesMetrics() throws Exception {
        String officer = TestHttp.basic(user, PASSWORD);
        for (String path : List.of("/engine-rest/metrics/activity-instance-start/sum", "/engine-rest/metrics",
                "/engine-rest/metrics/task-users/sum")) {
            HttpResponse<String> response = http.get(path, officer);
            assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(403);
        }

        assertThat(http.get("/engine-rest/metrics/activity-instance-start/sum", TestHttp.basic("admin", "admin"))
                .statusCode()).isEqualTo(200);
    }
}

package vn.trienkhai.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@SecurityIntegrationTest
class SetupEndpointTests {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identityService;

    @ParameterizedTest
    @ValueSource(strings = {
        "/camunda/api/admin/setup/default/user/create",
        "/camunda/api/admin/setup/other-engine/user/create",
        "/camunda/api/admin/setup/",
        "/camunda//api/admin//setup/default/user/create",
        "/camunda/api/admin/setup/default/user/create/",
        "/camunda/api/admin/setup;jsessionid=abc/default/user/create",
        "/camunda/api/admin;x=1/setup/default/user/create",
        "/camunda/api/admin/%73etup/default/user/create",
        "/camunda/api/admin/%2573etup/default/user/create",
        "/CAMUNDA/Api/Admin/SETUP/default/user/create",
        "/camunda/api/cockpit/../admin/setup/default/user/create",
        "/camunda/./api/admin/setup/default/user/create"
    })
    void setupEndpointIsRefusedForEveryMethodAndSpelling(String path) throws Exception {
        TestHttp http = new TestHttp(port);
        for (String method : new String[] {"GET", "POST", "PUT", "DELETE"}) {
            HttpResponse<String> response = http.send(method, path, null);
            assertThat(response.statusCode()).as("%s %s", method, path).isEqualTo(403);
        }
    }

    /** Tomcat itself rejects an encoded slash (400); should that change, the blocker answers 403. */
    @Test
    void anEncodedSlashNeverReachesTheEndpoint() throws Exception {
        HttpResponse<String> response = new TestHttp(port)
                .send("POST", "/camunda/api/admin%2Fsetup/default/user/create", null);

        assertThat(response.statusCode()).isIn(400, 403);
    }

    @Test
    void theCanonicalSetupRequestIsForbiddenByTheBlocker() throws Exception {
        HttpResponse<String> response = new TestHttp(port)
                .send("POST", "/camunda/api/admin/setup/default/user/create", null);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void anAdministratorExists() {
        assertThat(identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count()).isPositive();
    }
}

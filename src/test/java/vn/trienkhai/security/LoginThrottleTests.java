package vn.trienkhai.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.trienkhai.DemoApplicationTest;

/**
 * Issue 10, item 7: one wrong Basic password a second locked an officer for good. Wrong passwords
 * now only slow the next attempt from the same address, by a capped delay; the right password
 * gets in once it has passed, and the owner on another address is not held up at all.
 */
@DemoApplicationTest
@ExtendWith(OutputCaptureExtension.class)
class LoginThrottleTests {

    private static final String PASSWORD = "mat-khau";

    @LocalServerPort
    int port;

    @Autowired
    AccessProvisioning provisioning;

    @Autowired
    IdentityService identityService;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    JdbcTemplate jdbc;

    private final ObjectMapper json = new ObjectMapper();
    private TestHttp http;
    private String user;

    @BeforeEach
    void aFreshOfficer() {
        http = new TestHttp(port);
        user = "aq-throttle-" + UUID.randomUUID().toString().substring(0, 8) + ".canbo";
        provisioning.ensureUnitGroup("aq-throttle", "Tổ dân phố thử");
        provisioning.ensureUser(new UserAccount(user, "Thử", "Người", null, PASSWORD, List.of("aq-throttle")));
    }

    @AfterEach
    void forgetTheTestAddress() {
        jdbc.update("delete from login_throttle");
    }

    @Test
    void wrongPasswordsDelayTheNextAttemptBrieflyThenTheRightOneGetsIn(CapturedOutput output) throws Exception {
        for (int attempt = 1; attempt <= LoginThrottle.FREE_ACCOUNT_FAILURES + 1; attempt++) {
            assertThat(http.get("/api/me", TestHttp.basic(user, "sai-" + attempt)).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> throttled = http.get("/api/me", TestHttp.basic(user, PASSWORD));
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).hasValue("1");
        JsonNode problem = json.readTree(throttled.body());
        assertThat(problem.get("title").asText()).isEqualTo("Đăng nhập sai quá nhiều lần");
        assertThat(problem.get("detail").asText()).contains("1 giây", "không bị khoá");
        assertThat(output).contains("Login throttled after 6 failed logins for account '" + user + "'");

        Thread.sleep(1_100);
        assertThat(http.get("/api/me", TestHttp.basic(user, PASSWORD)).statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from login_throttle where throttle_key like ?", Long.class,
                "account:" + user + "@%")).isZero();
    }

    @Test
    void moreWrongPasswordsThanCamundasLimitDoNotLockTheAccount() throws Exception {
        for (int attempt = 1; attempt <= 12; attempt++) {
            http.get("/engine-rest/user/" + user + "/profile", TestHttp.basic(user, "sai-" + attempt));
            jdbc.update("update login_throttle set blocked_until = null");
        }
        for (int attempt = 1; attempt <= 12; attempt++) {
            assertThat(identityService.checkPassword(user, "sai-" + attempt)).isFalse();
        }

        assertThat(identityService.checkPassword(user, PASSWORD)).isTrue();
        assertThat(http.get("/api/me", TestHttp.basic(user, PASSWORD)).statusCode()).isEqualTo(200);
        assertThat(http.get("/engine-rest/user/" + user + "/profile", TestHttp.basic(user, PASSWORD)).statusCode())
                .isEqualTo(200);
    }

    @Test
    void theWebappsLoginFormIsThrottledToo() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        for (int attempt = 1; attempt <= LoginThrottle.FREE_ACCOUNT_FAILURES + 1; attempt++) {
            assertThat(logIn(browser, "sai-" + attempt).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> throttled = logIn(browser, PASSWORD);
        assertThat(throttled.statusCode()).isEqualTo(429);
        Thread.sleep(1_100);
        assertThat(logIn(browser, PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void anAttackerOnOneAddressDoesNotHoldUpTheOwnerOnAnotherAndTheDelayIsCapped() {
        String attacker = "203.0.113.7";
        for (int attempt = 1; attempt <= 40; attempt++) {
            throttle.failed(user, attacker);
        }

        assertThat(throttle.waitBefore(user, attacker)).hasValueSatisfying(
                wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(LoginThrottle.MAX_DELAY));
        assertThat(throttle.waitBefore(user, "198.51.100.2")).isEmpty();
        assertThat(throttle.waitBefore("someone.else", attacker)).isPresent();
        assertThat(LoginThrottle.delayAfter(1_000, 5)).isEqualTo(Duration.ofSeconds(60));
        assertThat(LoginThrottle.delayAfter(5, 5)).isZero();
        assertThat(LoginThrottle.delayAfter(7, 5)).isEqualTo(Duration.ofSeconds(2));
    }

    private HttpResponse<String> logIn(HttpClient browser, String password) throws Exception {
        CookieManager cookies = (CookieManager) browser.cookieHandler().orElseThrow();
        browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/camunda/app/tasklist/default/"))
                .build(), HttpResponse.BodyHandlers.discarding());
        String token = cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue)
                .findFirst().orElseThrow();
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

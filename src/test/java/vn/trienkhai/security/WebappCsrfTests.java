package vn.trienkhai.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.trienkhai.DemoApplicationTest;

/**
 * A state-changing {@code /api} request on the webapp session must echo the session's Camunda CSRF
 * token in {@code X-XSRF-TOKEN}; Basic-authenticated requests and reads need none, but a browser's
 * cross-site write is refused even with Basic credentials.
 */
@DemoApplicationTest
class WebappCsrfTests {

    private static final String PREVIEW = "/api/plans/preview?rolloutOn=2026-06-19";

    @LocalServerPort
    int port;

    private final ObjectMapper json = new ObjectMapper();
    private HttpClient browser;
    private String sessionToken;

    @BeforeEach
    void logInToTheWebapps() throws Exception {
        CookieManager cookies = new CookieManager();
        browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        browser.send(HttpRequest.newBuilder(uri("/camunda/app/welcome/default/")).build(),
                HttpResponse.BodyHandlers.discarding());
        String cookieToken = cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow();
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(
                        uri("/camunda/api/admin/auth/user/default/login/welcome"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", cookieToken)
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=admin"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        // The token of the session as it is after the login, as the webapps read it on every answer.
        HttpResponse<String> auth = browser.send(HttpRequest.newBuilder(
                uri("/camunda/api/admin/auth/user/default")).build(), HttpResponse.BodyHandlers.ofString());
        sessionToken = auth.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
    }

    @Test
    void aSessionPostWithoutTheTokenIsRefusedWithAProblemNamingTheHeader() throws Exception {
        assertCsrfProblem(send(preview(null)));
    }

    @Test
    void aSessionPostWithAWrongTokenIsRefused() throws Exception {
        assertCsrfProblem(send(preview("not-the-token")));
        assertCsrfProblem(send(preview("")));
    }

    @Test
    void otherStateChangingMethodsOnTheSessionNeedTheTokenToo() throws Exception {
        for (String method : new String[] {"PUT", "PATCH", "DELETE"}) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/units"))
                    .header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString("{}"));
            assertCsrfProblem(send(request));
        }
    }

    @Test
    void aSessionPostWithTheSessionsTokenPasses() throws Exception {
        HttpResponse<String> response = send(preview(sessionToken));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json.readTree(response.body()).get("zone").asText()).isEqualTo("Asia/Ho_Chi_Minh");
    }

    @Test
    void aPageOutsideTheWebappsGetsTheSessionsTokenFromTheApiAndABasicLoginGetsNone() throws Exception {
        HttpResponse<String> asked = send(HttpRequest.newBuilder(uri("/api/me/csrf-token")).GET());

        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(200);
        JsonNode answer = json.readTree(asked.body());
        assertThat(answer.get("header").asText()).isEqualTo("X-XSRF-TOKEN");
        assertThat(answer.get("token").asText()).isEqualTo(sessionToken);
        assertThat(send(preview(answer.get("token").asText())).statusCode()).isEqualTo(200);
        HttpResponse<String> basic = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/api/me/csrf-token"))
                .header("Authorization", TestHttp.basic("admin", "admin")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(json.readTree(basic.body()).get("token").isNull()).isTrue();
        assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/api/me/csrf-token")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    @Test
    void aBasicAuthPostNeedsNoToken() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(preview(null)
                .header("Authorization", TestHttp.basic("admin", "admin")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void aBasicAuthPostThatABrowserStartedOnAnotherSiteIsRefused() throws Exception {
        String admin = TestHttp.basic("admin", "admin");
        HttpClient script = HttpClient.newHttpClient();

        HttpResponse<String> crossSite = script.send(preview(null).header("Authorization", admin)
                .header("Sec-Fetch-Site", "cross-site").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(crossSite.statusCode()).as(crossSite.body()).isEqualTo(403);
        assertThat(json.readTree(crossSite.body()).get("title").asText()).isEqualTo("Yêu cầu từ trang web khác");

        HttpResponse<String> sameOrigin = script.send(preview(null).header("Authorization", admin)
                .header("Sec-Fetch-Site", "same-origin").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(sameOrigin.statusCode()).as(sameOrigin.body()).isEqualTo(200);

        HttpResponse<String> crossSiteRead = script.send(HttpRequest.newBuilder(uri("/api/me"))
                .header("Authorization", admin).header("Sec-Fetch-Site", "cross-site").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(crossSiteRead.statusCode()).isEqualTo(200);
    }

    @Test
    void aSessionGetNeedsNoToken() throws Exception {
        HttpResponse<String> me = send(HttpRequest.newBuilder(uri("/api/me")));

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"id\":\"admin\"");
    }

    @Test
    void aRefusedPostLeavesTheSessionUsable() throws Exception {
        assertCsrfProblem(send(preview(null)));

        assertThat(send(preview(sessionToken)).statusCode()).isEqualTo(200);
    }

    private HttpRequest.Builder preview(String csrfToken) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(PREVIEW))
                .header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofString(smallPlan(), StandardCharsets.UTF_8));
        if (csrfToken != null) {
            request.header("X-XSRF-TOKEN", csrfToken);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private void assertCsrfProblem(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(403);
        assertThat(problem.get("title").asText()).isEqualTo("Thiếu hoặc sai mã chống giả mạo yêu cầu");
        assertThat(problem.get("detail").asText()).contains("X-XSRF-TOKEN", "XSRF-TOKEN");
    }

    private static String smallPlan() throws IOException {
        try (var in = WebappCsrfTests.class.getResourceAsStream("/plans/small-plan.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("SUMMARY", "Thử mã CSRF");
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}

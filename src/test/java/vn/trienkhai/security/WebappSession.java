package vn.trienkhai.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A browser's session on the Camunda webapps: logged in to Tasklist, sending the session's CSRF token. */
final class WebappSession {

    private final HttpClient browser;
    private final int port;
    private final String token;
    final int loginStatus;

    private WebappSession(HttpClient browser, int port, String token, int loginStatus) {
        this.browser = browser;
        this.port = port;
        this.token = token;
        this.loginStatus = loginStatus;
    }

    static WebappSession logIn(int port, String user, String password) throws IOException, InterruptedException {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        browser.send(HttpRequest.newBuilder(uri(port, "/camunda/app/tasklist/default/")).build(),
                HttpResponse.BodyHandlers.discarding());
        String cookieToken = cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue)
                .findFirst().orElseThrow();
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(
                        uri(port, "/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", cookieToken)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password))
                .build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> auth = browser.send(HttpRequest.newBuilder(
                uri(port, "/camunda/api/admin/auth/user/default")).build(), HttpResponse.BodyHandlers.ofString());
        return new WebappSession(browser, port, auth.headers().firstValue("X-XSRF-TOKEN").orElse(cookieToken),
                login.statusCode());
    }

    HttpResponse<String> send(String method, String path, String jsonBody) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(uri(port, path))
                .header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", token)
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static URI uri(int port, String path) {
        return URI.create("http://localhost:" + port + path);
    }
}

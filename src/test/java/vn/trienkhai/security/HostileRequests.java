package vn.trienkhai.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Requests as the demo logins send them (password {@code demo}, the administrator's {@code admin}). */
final class HostileRequests {

    static final MediaType YAML = MediaType.parseMediaType("application/yaml");

    private final TestRestTemplate rest;
    private final ObjectMapper json = new ObjectMapper();

    HostileRequests(TestRestTemplate rest) {
        this.rest = rest;
    }

    ResponseEntity<String> get(String user, String path) {
        return send(user, HttpMethod.GET, path, null, null);
    }

    ResponseEntity<String> send(String user, HttpMethod method, String path, String body, MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        if (type != null) {
            headers.setContentType(type);
        }
        byte[] bytes = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
        TestRestTemplate client = user == null ? rest : rest.withBasicAuth(user, "admin".equals(user) ? "admin" : "demo");
        return client.exchange(path, method, new HttpEntity<>(bytes, headers), String.class);
    }

    JsonNode json(ResponseEntity<String> response) throws IOException {
        return json.readTree(response.getBody());
    }

    /** The small test plan (issued by AQ-UBND, led by AQ-PKTHT) with its summary replaced. */
    static String smallPlan(String summary) throws IOException {
        return resource("/plans/small-plan.yaml").replace("SUMMARY", summary);
    }

    static String resource(String path) throws IOException {
        try (InputStream in = HostileRequests.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

package vn.trienkhai.security;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses expressions in what a user sends to the engine's APIs ({@code /engine-rest} and the
 * webapps' {@code /camunda/api/engine}): any query parameter or JSON key, at any depth, whose
 * name ends in {@code Expression} (CVE-2026-109432: {@code orQueries} and the extending query of
 * a filter are evaluated by the engine). Creating or changing a stored filter is left to the
 * engine's filter authorizations, which only administrators hold.
 */
class QueryExpressionFilter extends HttpFilter {

    private static final Logger log = LoggerFactory.getLogger(QueryExpressionFilter.class);

    static final String SUFFIX = "expression";
    private static final Pattern FILTER_CREATE = Pattern.compile(".*/filter/create");
    private static final Pattern FILTER_UPDATE = Pattern.compile(".*/filter/[^/]+");

    private final ObjectMapper json = new ObjectMapper();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isStoredFilterChange(request)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<String> parameter = Collections.list(request.getParameterNames()).stream()
                .filter(QueryExpressionFilter::isExpression).findFirst();
        if (parameter.isPresent()) {
            refuse(request, response, parameter.get());
            return;
        }
        if (!isJson(request)) {
            chain.doFilter(request, response);
            return;
        }
        CachedBodyRequest cached = new CachedBodyRequest(request, request.getInputStream().readAllBytes());
        Optional<String> key;
        try {
            key = firstExpressionKey(cached.body());
        } catch (JsonProcessingException malformed) {
            Problems.badRequest(request, response, "Dữ liệu JSON không hợp lệ",
                    "Nội dung yêu cầu không phải JSON hợp lệ. Hãy kiểm tra lại dấu ngoặc, dấu phẩy và dấu nháy.");
            return;
        }
        if (key.isPresent()) {
            refuse(request, response, key.get());
            return;
        }
        chain.doFilter(cached, response);
    }

    private Optional<String> firstExpressionKey(byte[] body) throws IOException {
        if (body.length == 0) {
            return Optional.empty();
        }
        try (JsonParser parser = json.getFactory().createParser(body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME && isExpression(parser.currentName())) {
                    return Optional.of(parser.currentName());
                }
            }
        }
        return Optional.empty();
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String name)
            throws IOException {
        log.warn("Refused {} {} of {}: expression field {} in a query", request.getMethod(), request.getRequestURI(),
                request.getRemoteUser() == null ? request.getRemoteAddr() : request.getRemoteUser(), name);
        Problems.badRequest(request, response, "Không được dùng biểu thức trong truy vấn",
                "Trường «" + name + "»: truy vấn không được chứa biểu thức (các trường …Expression, kể cả trong "
                        + "orQueries). Hãy gửi giá trị cụ thể, ví dụ assignee thay cho assigneeExpression.");
    }

    static boolean isExpression(String name) {
        return name != null && name.toLowerCase(Locale.ROOT).endsWith(SUFFIX);
    }

    private static boolean isJson(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).contains("json");
    }

    private static boolean isStoredFilterChange(HttpServletRequest request) {
        String path = RequestPaths.normalise(request.getRequestURI());
        return ("POST".equalsIgnoreCase(request.getMethod()) && FILTER_CREATE.matcher(path).matches())
                || ("PUT".equalsIgnoreCase(request.getMethod()) && FILTER_UPDATE.matcher(path).matches());
    }
}

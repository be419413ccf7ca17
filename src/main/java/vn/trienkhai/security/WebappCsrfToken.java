package vn.trienkhai.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;

/**
 * The CSRF token of the Camunda webapps, checked on {@code /api} requests that ride on the webapp
 * session. Camunda's {@code CsrfPreventionFilter} (on {@code /camunda/app/*} and
 * {@code /camunda/api/*}) keeps one token per session in the attribute {@value #SESSION_ATTRIBUTE}
 * and hands it to the page as the {@code XSRF-TOKEN} cookie and response header; a browser page
 * proves it is the application's own by echoing it in the {@value #HEADER} header, which another
 * site can neither read nor set. Only state-changing methods need it, as in Camunda's filter.
 */
final class WebappCsrfToken {

    static final String HEADER = "X-XSRF-TOKEN";
    static final String COOKIE = "XSRF-TOKEN";
    static final String SESSION_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private WebappCsrfToken() {
    }

    /** Whether the method may change state; everything but GET, HEAD and OPTIONS does. */
    static boolean isRequiredFor(HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT));
    }

    /** Whether the request's header carries the token of its session (compared in constant time). */
    static boolean isPresentAndValid(HttpServletRequest request) {
        String sent = request.getHeader(HEADER);
        HttpSession session = request.getSession(false);
        if (sent == null || sent.isBlank() || session == null) {
            return false;
        }
        Object expected = session.getAttribute(SESSION_ATTRIBUTE);
        if (!(expected instanceof String token) || token.isBlank()) {
            return false;
        }
        return MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                sent.trim().getBytes(StandardCharsets.UTF_8));
    }
}

package vn.trienkhai.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;

/**
 * Cross-site request forgery checks for state-changing {@code /api} requests (everything but GET,
 * HEAD and OPTIONS), whose credentials a browser may add by itself.
 *
 * <p>On the webapp session: the CSRF token of the Camunda webapps. Camunda's
 * {@code CsrfPreventionFilter} (on {@code /camunda/app/*} and {@code /camunda/api/*}) keeps one
 * token per session in the attribute {@value #SESSION_ATTRIBUTE} and hands it to the page as the
 * {@code XSRF-TOKEN} cookie and response header; a page proves it is the application's own by
 * echoing it in the {@value #HEADER} header, which another site can neither read nor set.
 *
 * <p>With HTTP Basic: scripts need no token, but a browser that once showed its Basic prompt
 * resends the typed credentials on its own, so a request the browser marks as started by another
 * site ({@value #FETCH_SITE_HEADER}) is refused.
 */
final class CsrfChecks {

    static final String HEADER = "X-XSRF-TOKEN";
    static final String COOKIE = "XSRF-TOKEN";
    static final String SESSION_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";

    static final String FETCH_SITE_HEADER = "Sec-Fetch-Site";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> ALLOWED_FETCH_SITES = Set.of("same-origin", "none");

    private CsrfChecks() {
    }

    /** Whether the method may change state; everything but GET, HEAD and OPTIONS does. */
    static boolean isStateChanging(HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT));
    }

    /**
     * Whether the browser says the request was started by another site ({@code Sec-Fetch-Site}
     * {@code cross-site} or {@code same-site}). Credentials a user once typed into the browser's
     * Basic prompt are sent along with such requests by the browser itself, so they prove no more
     * than a session cookie; scripts send no such header.
     */
    static boolean isFromAnotherSite(HttpServletRequest request) {
        String site = request.getHeader(FETCH_SITE_HEADER);
        return site != null && !ALLOWED_FETCH_SITES.contains(site.trim().toLowerCase(Locale.ROOT));
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

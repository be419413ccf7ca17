package vn.trienkhai.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Puts every password check through {@link LoginThrottle}: HTTP Basic on {@code /api} and
 * {@code /engine-rest}, and the webapps' login form. A throttled attempt is answered 429 with
 * {@code Retry-After} before the password is looked at; afterwards a 401 counts as a failure and a
 * success clears the count of the account on that address.
 */
class LoginThrottleFilter extends HttpFilter {

    private static final String BASIC = "basic ";
    private static final int MAX_FORM_BYTES = 8 * 1024;

    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest forwarded = request;
        Optional<String> account = basicUser(request);
        if (account.isEmpty() && isLoginForm(request)) {
            CachedBodyRequest cached = new CachedBodyRequest(request, request.getInputStream().readNBytes(MAX_FORM_BYTES));
            account = formField(new String(cached.body(), StandardCharsets.UTF_8), "username");
            forwarded = cached;
        }
        if (account.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        LoginThrottle.Verdict verdict = throttle.check(account.get(), address);
        Optional<Duration> wait = verdict.delay();
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds() + (wait.get().toMillisPart() > 0 ? 1 : 0));
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            Problems.tooManyLogins(request, response, seconds);
            return;
        }
        chain.doFilter(forwarded, response);
        if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            throttle.failed(account.get(), address);
        } else if (verdict.accountHasFailures() && response.getStatus() < HttpStatus.BAD_REQUEST.value()) {
            throttle.succeeded(account.get(), address);
        }
    }

    private static Optional<String> basicUser(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return Optional.empty();
        }
        try {
            String credentials = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).trim()),
                    StandardCharsets.UTF_8);
            int colon = credentials.indexOf(':');
            return colon <= 0 ? Optional.empty() : Optional.of(credentials.substring(0, colon));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static boolean isLoginForm(HttpServletRequest request) {
        return "POST".equalsIgnoreCase(request.getMethod())
                && RequestPaths.normalise(request.getRequestURI()).matches(".*/auth/user/[^/]+/login(/[^/]*)?");
    }

    private static Optional<String> formField(String body, String name) {
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8)
                    .toLowerCase(Locale.ROOT).equals(name)) {
                String value = URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                return value.isEmpty() ? Optional.empty() : Optional.of(value);
            }
        }
        return Optional.empty();
    }
}

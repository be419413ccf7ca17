package vn.trienkhai.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CVE-2026-77226: Camunda 7.24 CE's Admin first-run setup ({@code /api/admin/setup/{engine}/...})
 * is fixed only in enterprise patches. Every request to it is refused, whatever its method or
 * spelling, before any other filter sees it (also on forwards and includes); an administrator
 * always exists instead.
 */
class SetupEndpointBlocker extends HttpFilter {

    private static final Logger log = LoggerFactory.getLogger(SetupEndpointBlocker.class);

    private final String setupPath;

    SetupEndpointBlocker(String webappPath) {
        this.setupPath = webappPath + "/api/admin/setup";
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isSetupRequest(request)) {
            log.warn("Refused a request to the Camunda Admin setup endpoint: {} {} from {}",
                    request.getMethod(), request.getRequestURI(), request.getRemoteAddr());
            Problems.forbidden(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean isSetupRequest(HttpServletRequest request) {
        String contextPath = request.getContextPath();
        String uri = request.getRequestURI();
        return RequestPaths.isAtOrBelow(uri, contextPath + setupPath) || RequestPaths.isAtOrBelow(uri, setupPath);
    }
}

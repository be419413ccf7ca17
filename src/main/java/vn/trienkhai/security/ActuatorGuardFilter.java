package vn.trienkhai.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import org.camunda.bpm.engine.authorization.Groups;

/**
 * The actuator: health stays open to probes (its details only for administrators, through the
 * role {@value Groups#CAMUNDA_ADMIN} that {@code management.endpoint.health.roles} names); every
 * other endpoint (metrics, info) needs an administrator.
 */
class ActuatorGuardFilter extends HttpFilter {

    private final ApiAuthenticator authenticator;

    ActuatorGuardFilter(ApiAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<ApiIdentity> identity = authenticator.authenticate(request);
        boolean administrator = identity.filter(user -> user.groupIds().contains(Groups.CAMUNDA_ADMIN)).isPresent();
        if (administrator) {
            chain.doFilter(new Administrator(request, identity.get().userId()), response);
        } else if (isHealth(request)) {
            chain.doFilter(request, response);
        } else if (identity.isEmpty()) {
            Problems.unauthorized(request, response);
        } else {
            Problems.administratorsOnly(request, response);
        }
    }

    private static boolean isHealth(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/actuator/health") || path.startsWith("/actuator/health/");
    }

    /** Lets the actuator see the administrator as a principal in the administrators' role. */
    private static final class Administrator extends HttpServletRequestWrapper {

        private final Principal principal;

        Administrator(HttpServletRequest request, String userId) {
            super(request);
            this.principal = () -> userId;
        }

        @Override
        public Principal getUserPrincipal() {
            return principal;
        }

        @Override
        public boolean isUserInRole(String role) {
            return Groups.CAMUNDA_ADMIN.equals(role);
        }
    }
}

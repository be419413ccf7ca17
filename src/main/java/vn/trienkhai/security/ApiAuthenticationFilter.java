package vn.trienkhai.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;

/**
 * Guards the application's own REST API: an unauthenticated request gets 401 with a problem
 * body; an authenticated one runs with the user set on the engine, so that Camunda's
 * authorizations apply to everything the controllers do, and with a {@link CurrentUser}.
 */
class ApiAuthenticationFilter extends HttpFilter {

    private final ApiAuthenticator authenticator;
    private final IdentityService identityService;

    ApiAuthenticationFilter(ApiAuthenticator authenticator, IdentityService identityService) {
        this.authenticator = authenticator;
        this.identityService = identityService;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<ApiIdentity> identity = authenticator.authenticate(request);
        if (identity.isEmpty()) {
            Problems.unauthorized(request, response);
            return;
        }
        ApiIdentity user = identity.get();
        request.setAttribute(CurrentUser.REQUEST_ATTRIBUTE, user.toCurrentUser());
        identityService.setAuthentication(user.userId(), user.groupIds(), user.tenantIds());
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }
}

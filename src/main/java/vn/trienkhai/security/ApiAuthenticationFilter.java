package vn.trienkhai.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;

/**
 * Guards the application's own REST API: an unauthenticated request gets 401 with a problem
 * body; a state-changing request on the webapp session without the session's CSRF token, or one
 * with Basic credentials that a browser sent from another site, gets 403 (see
 * {@link CsrfChecks}); an authenticated one runs with the user set on the engine,
 * so that Camunda's authorizations apply to everything the controllers do, and with a
 * {@link CurrentUser}.
 */
class ApiAuthenticationFilter extends HttpFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiAuthenticationFilter.class);

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
            if (request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
                Problems.unauthorized(request, response);
            } else {
                Problems.credentialsRefused(request, response);
            }
            return;
        }
        ApiIdentity user = identity.get();
        if (user.source() == ApiIdentity.Source.WEBAPP_SESSION && CsrfChecks.isStateChanging(request)
                && !CsrfChecks.isPresentAndValid(request)) {
            log.warn("Refused {} {} of webapp user {}: {} header missing or not the session's token",
                    request.getMethod(), request.getRequestURI(), user.userId(), CsrfChecks.HEADER);
            Problems.csrfTokenRejected(request, response);
            return;
        }
        if (user.source() == ApiIdentity.Source.BASIC && CsrfChecks.isStateChanging(request)
                && CsrfChecks.isFromAnotherSite(request)) {
            log.warn("Refused {} {} of Basic user {}: started by another site ({}: {})", request.getMethod(),
                    request.getRequestURI(), user.userId(), CsrfChecks.FETCH_SITE_HEADER,
                    request.getHeader(CsrfChecks.FETCH_SITE_HEADER));
            Problems.crossSiteRejected(request, response);
            return;
        }
        request.setAttribute(CurrentUser.REQUEST_ATTRIBUTE, user.toCurrentUser());
        identityService.setAuthentication(user.userId(), user.groupIds(), user.tenantIds());
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }
}

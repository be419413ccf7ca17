package vn.trienkhai.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpHeaders;

/**
 * Authenticates an {@code /api} request: HTTP Basic checked against Camunda's users, or else the
 * session of a user logged in to the Camunda webapps. The webapps keep their login in the
 * session attribute {@code authenticatedUser} as {@code Authentications}, one per engine, read
 * through {@link AuthenticationUtil#getAuthsFromSession}.
 */
class ApiAuthenticator {

    private static final String BASIC = "basic ";

    private final IdentityService identityService;
    private final String engineName;

    ApiAuthenticator(IdentityService identityService, String engineName) {
        this.identityService = identityService;
        this.engineName = engineName;
    }

    Optional<ApiIdentity> authenticate(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null) {
            return fromBasic(header);
        }
        return fromWebappSession(request.getSession(false));
    }

    private Optional<ApiIdentity> fromBasic(String header) {
        if (!header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return Optional.empty();
        }
        String credentials;
        try {
            byte[] decoded = Base64.getDecoder().decode(header.substring(BASIC.length()).trim());
            credentials = new String(decoded, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        int colon = credentials.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String userId = credentials.substring(0, colon);
        if (!identityService.checkPassword(userId, credentials.substring(colon + 1))) {
            return Optional.empty();
        }
        return Optional.of(new ApiIdentity(userId, groupsOf(userId), tenantsOf(userId), ApiIdentity.Source.BASIC));
    }

    private Optional<ApiIdentity> fromWebappSession(HttpSession session) {
        if (session == null) {
            return Optional.empty();
        }
        Authentication authentication = AuthenticationUtil.getAuthsFromSession(session)
                .getAuthenticationForProcessEngine(engineName);
        if (authentication instanceof UserAuthentication user) {
            return Optional.of(new ApiIdentity(user.getIdentityId(), user.getGroupIds(), user.getTenantIds(),
                    ApiIdentity.Source.WEBAPP_SESSION));
        }
        return Optional.empty();
    }

    private List<String> groupsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }

    private List<String> tenantsOf(String userId) {
        return identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
                .map(Tenant::getId)
                .toList();
    }
}

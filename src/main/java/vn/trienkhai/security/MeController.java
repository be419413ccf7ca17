package vn.trienkhai.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Who am I: the logged-in user and the groups (units) the user belongs to. */
@RestController
class MeController {

    record GroupView(String id, String name) {
    }

    record CsrfTokenView(String header, String token) {
    }

    record MeView(String id, String firstName, String lastName, String email, List<GroupView> groups) {
    }

    private final IdentityService identityService;

    MeController(IdentityService identityService) {
        this.identityService = identityService;
    }

    @GetMapping("/api/me")
    MeView me(CurrentUser currentUser) {
        User user = identityService.createUserQuery().userId(currentUser.userId()).singleResult();
        if (user == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Không tìm thấy người dùng");
        }
        List<GroupView> groups = identityService.createGroupQuery().groupMember(user.getId())
                .orderByGroupId().asc().list().stream()
                .map(MeController::view)
                .toList();
        return new MeView(user.getId(), user.getFirstName(), user.getLastName(), user.getEmail(), groups);
    }

    /**
     * The webapp session's CSRF token, for the application's own pages outside {@code /camunda}
     * (the plan editor), which cannot read the {@code XSRF-TOKEN} cookie scoped to that path. Another
     * site cannot read this answer (same-origin policy), so it discloses no more than the cookie does;
     * {@code token} is null for a Basic login, which needs none.
     */
    @GetMapping("/api/me/csrf-token")
    CsrfTokenView csrfToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object token = session == null || request.getHeader(HttpHeaders.AUTHORIZATION) != null ? null
                : session.getAttribute(CsrfChecks.SESSION_ATTRIBUTE);
        return new CsrfTokenView(CsrfChecks.HEADER, token instanceof String text ? text : null);
    }

    private static GroupView view(Group group) {
        return new GroupView(group.getId(), group.getName());
    }
}

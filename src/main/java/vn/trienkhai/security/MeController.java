package vn.trienkhai.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Who am I: the logged-in user and the groups (units) the user belongs to. */
@RestController
class MeController {

    record GroupView(String id, String name) {
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

    private static GroupView view(Group group) {
        return new GroupView(group.getId(), group.getName());
    }
}

package vn.trienkhai.security;

import java.util.List;

/** A person to provision as a Camunda user; the password is used only when the user is created. */
public record UserAccount(String id, String firstName, String lastName, String email, String password,
        List<String> groupIds) {

    public UserAccount {
        groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
    }
}

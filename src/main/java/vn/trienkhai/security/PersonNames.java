package vn.trienkhai.security;

import java.util.Objects;
import org.camunda.bpm.engine.identity.User;

/** How a person is named to others: as Tasklist names the signed-in user at the top of its pages. */
public final class PersonNames {

    private PersonNames() {
    }

    /** First name, then last name; empty when the user is unknown or has neither. */
    public static String displayName(User user) {
        if (user == null) {
            return "";
        }
        return (Objects.toString(user.getFirstName(), "") + " " + Objects.toString(user.getLastName(), "")).strip();
    }
}

package vn.trienkhai.security;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * The user the engine runs a command for: the one way to read the engine's current authentication
 * (Camunda's internal {@link Authentication}), and to run work as someone else or as nobody and put
 * the caller back afterwards. Static, so listeners and delegates pass the identity service they
 * have (their engine's, or Spring's).
 */
public final class EngineAuthentication {

    /** A caller with its tenants, as the engine authenticates it. */
    public record Caller(String userId, List<String> groupIds, List<String> tenantIds) {

        public Caller {
            groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
            tenantIds = tenantIds == null ? List.of() : List.copyOf(tenantIds);
        }
    }

    private EngineAuthentication() {
    }

    /** The engine's current user with its groups (none when the engine names none); empty when nobody is. */
    public static Optional<CurrentUser> current(IdentityService identity) {
        return caller(identity).map(caller -> new CurrentUser(caller.userId(), caller.groupIds()));
    }

    /** The engine's current user id, or null when nobody is authenticated. */
    public static String currentUserId(IdentityService identity) {
        Authentication authentication = identity.getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }

    public static Optional<Caller> caller(IdentityService identity) {
        Authentication authentication = identity.getCurrentAuthentication();
        return authentication == null ? Optional.empty() : Optional.of(new Caller(authentication.getUserId(),
                authentication.getGroupIds(), authentication.getTenantIds()));
    }

    /**
     * Runs the work with no user, so the engine checks no authorization (what the application
     * does on a user's behalf), then authenticates the caller again.
     */
    public static <T> T withoutAuthorization(IdentityService identity, Supplier<T> work) {
        Authentication previous = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return work.get();
        } finally {
            restore(identity, previous);
        }
    }

    /** Runs the work with the caller's authorizations, then authenticates the previous user (or nobody) again. */
    public static <T> T as(IdentityService identity, Caller caller, Supplier<T> work) {
        Authentication previous = identity.getCurrentAuthentication();
        identity.setAuthentication(caller.userId(), caller.groupIds(), caller.tenantIds());
        try {
            return work.get();
        } finally {
            restore(identity, previous);
        }
    }

    private static void restore(IdentityService identity, Authentication previous) {
        if (previous == null) {
            identity.clearAuthentication();
        } else {
            identity.setAuthentication(previous);
        }
    }
}

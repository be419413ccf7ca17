package vn.trienkhai.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The engine's authentication (a thread's), read and swapped only through the adapter. */
class EngineAuthenticationTests {

    private final IdentityService identity = new IdentityServiceImpl();

    @AfterEach
    void nobody() {
        identity.clearAuthentication();
    }

    @Test
    void theCurrentUserIsTheEnginesWithItsGroupsOrNobody() {
        assertThat(EngineAuthentication.current(identity)).isEmpty();
        assertThat(EngineAuthentication.currentUserId(identity)).isNull();

        identity.setAuthentication("ub.canbo", null);

        assertThat(EngineAuthentication.current(identity)).contains(new CurrentUser("ub.canbo", List.of()));
        assertThat(EngineAuthentication.currentUserId(identity)).isEqualTo("ub.canbo");
    }

    @Test
    void workWithoutAuthorizationRunsAsNobodyAndTheCallerComesBackEvenAfterAFailure() {
        identity.setAuthentication("ub.canbo", List.of("ub"), List.of("t1"));

        assertThat(EngineAuthentication.withoutAuthorization(identity, () -> identity.getCurrentAuthentication())).isNull();
        assertThatThrownBy(() -> EngineAuthentication.withoutAuthorization(identity, () -> {
            throw new IllegalStateException("failed");
        })).hasMessage("failed");

        assertThat(EngineAuthentication.caller(identity))
                .contains(new EngineAuthentication.Caller("ub.canbo", List.of("ub"), List.of("t1")));
    }

    @Test
    void workAsACallerHasItsAuthorizationsAndLeavesNobodyWhenNobodyWasThere() {
        EngineAuthentication.Caller caller = new EngineAuthentication.Caller("px.canbo", List.of("px"), null);

        String inside = EngineAuthentication.as(identity, caller, () -> EngineAuthentication.currentUserId(identity));

        assertThat(inside).isEqualTo("px.canbo");
        assertThat(EngineAuthentication.current(identity)).isEmpty();
    }
}

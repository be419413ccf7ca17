package vn.trienkhai.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;

class AdministratorCheckTests {

    private final IdentityService identityService = mock(IdentityService.class, RETURNS_DEEP_STUBS);
    private final AdministratorCheck check = new AdministratorCheck(identityService);

    @Test
    void failsWhenNobodyIsInTheAdminGroup() {
        when(identityService.createUserQuery().memberOfGroup("camunda-admin").count()).thenReturn(0L);

        assertThatThrownBy(check::afterSingletonsInstantiated)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("camunda-admin");
    }

    @Test
    void passesWithAnAdministrator() {
        when(identityService.createUserQuery().memberOfGroup("camunda-admin").count()).thenReturn(1L);

        assertThatCode(check::afterSingletonsInstantiated).doesNotThrowAnyException();
    }
}

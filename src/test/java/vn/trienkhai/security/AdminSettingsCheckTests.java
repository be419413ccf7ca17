package vn.trienkhai.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;
import vn.trienkhai.ApplicationTests;
import vn.trienkhai.TrienkhaiApplication;

@Tag(ApplicationTests.LAYER)
class AdminSettingsCheckTests {

    private final AdminSettingsCheck check = new AdminSettingsCheck();

    @Test
    void startUpOutsideDemoWithoutAdministratorFailsNamingTheEnvironmentVariables() {
        SpringApplicationBuilder application = new SpringApplicationBuilder(TrienkhaiApplication.class)
                .profiles("postgres")
                .web(WebApplicationType.NONE);

        assertThatThrownBy(() -> application.run(
                "--spring.profiles.default=none", "--trienkhai.embedded-postgres.enabled=false"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CAMUNDA_BPM_ADMINUSER_ID")
                .hasMessageContaining("CAMUNDA_BPM_ADMINUSER_PASSWORD");
    }

    @Test
    void aMissingPasswordIsRefused() {
        MockEnvironment environment = new MockEnvironment().withProperty("camunda.bpm.admin-user.id", "quantri");
        environment.setActiveProfiles("postgres");

        assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
                .hasMessage(AdminSettingsCheck.MESSAGE);
    }

    @Test
    void aConfiguredAdministratorPasses() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("camunda.bpm.admin-user.id", "quantri")
                .withProperty("camunda.bpm.admin-user.password", "a-long-secret");
        environment.setActiveProfiles("postgres");

        assertThatCode(() -> check.postProcessEnvironment(environment, new SpringApplication()))
                .doesNotThrowAnyException();
    }

    @Test
    void theDemoNeedsNoSettings() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("demo");

        assertThatCode(() -> check.postProcessEnvironment(environment, new SpringApplication()))
                .doesNotThrowAnyException();
    }
}

package vn.trienkhai.security;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;

/**
 * Fails start-up before any bean is created when a real deployment (any profile but
 * {@code demo}) has no administrator configured: without one, Camunda Admin would offer its
 * unauthenticated first-run setup.
 */
class AdminSettingsCheck implements EnvironmentPostProcessor, Ordered {

    static final String MESSAGE = "No Camunda administrator is configured: set the environment variables "
            + "CAMUNDA_BPM_ADMINUSER_ID and CAMUNDA_BPM_ADMINUSER_PASSWORD "
            + "(properties camunda.bpm.admin-user.id and camunda.bpm.admin-user.password), "
            + "or run with the demo profile.";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.acceptsProfiles(Profiles.of("demo"))) {
            return;
        }
        Binder binder = Binder.get(environment);
        boolean idSet = hasText(binder, "camunda.bpm.admin-user.id");
        boolean passwordSet = hasText(binder, "camunda.bpm.admin-user.password");
        if (!idSet || !passwordSet) {
            throw new IllegalStateException(MESSAGE);
        }
    }

    private static boolean hasText(Binder binder, String name) {
        return binder.bind(name, String.class).map(StringUtils::hasText).orElse(false);
    }

    /** After the config data (application*.yaml) has been loaded. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}

package vn.trienkhai.system;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The start-up lock, and the beans that wait for it: Flyway's migrations and the engine's
 * configuration (and so the engine, its schema, its administrator and filters). The runners come
 * after them anyway.
 */
@Configuration(proxyBeanMethods = false)
class StartupLockConfiguration {

    static final String LOCK_BEAN = "startupLock";
    private static final Set<String> WAITING = Set.of("flywayInitializer", "processEngineConfigurationImpl");

    @Bean(LOCK_BEAN)
    StartupLock startupLock(DataSource dataSource) throws SQLException {
        return new StartupLock(dataSource);
    }

    @Bean
    static BeanFactoryPostProcessor startupLockDependencies() {
        return StartupLockConfiguration::waitForLock;
    }

    private static void waitForLock(ConfigurableListableBeanFactory beanFactory) {
        for (String name : WAITING) {
            if (beanFactory.containsBeanDefinition(name)) {
                BeanDefinition definition = beanFactory.getBeanDefinition(name);
                Set<String> dependsOn = new LinkedHashSet<>();
                if (definition.getDependsOn() != null) {
                    dependsOn.addAll(Arrays.asList(definition.getDependsOn()));
                }
                dependsOn.add(LOCK_BEAN);
                definition.setDependsOn(dependsOn.toArray(String[]::new));
            }
        }
    }
}

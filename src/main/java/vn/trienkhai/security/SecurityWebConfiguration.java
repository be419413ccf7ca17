package vn.trienkhai.security;

import jakarta.servlet.DispatcherType;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The servlet filters that authenticate the REST APIs, harden {@code /api}, guard the actuator and
 * shut the Admin setup endpoint.
 */
@Configuration(proxyBeanMethods = false)
class SecurityWebConfiguration implements WebMvcConfigurer {

    static final String API_PATTERN = "/api/*";
    static final String ENGINE_REST_PATTERN = "/engine-rest/*";
    static final String WEBAPP_ENGINE_API = "/api/engine/*";
    static final String WEBAPP_LOGIN = "/api/admin/auth/user/*";
    static final String ACTUATOR_PATTERN = "/actuator/*";

    @Bean
    FilterRegistrationBean<SetupEndpointBlocker> setupEndpointBlocker(CamundaBpmProperties camunda) {
        var registration = new FilterRegistrationBean<>(
                new SetupEndpointBlocker(camunda.getWebapp().getApplicationPath()));
        registration.setName("trienkhaiSetupEndpointBlocker");
        registration.addUrlPatterns("/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.INCLUDE);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Before every password check: the Basic ones of both APIs and the webapps' login form. */
    @Bean
    FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle,
            CamundaBpmProperties camunda) {
        var registration = new FilterRegistrationBean<>(new LoginThrottleFilter(throttle));
        registration.setName("trienkhaiLoginThrottle");
        registration.addUrlPatterns(API_PATTERN, ENGINE_REST_PATTERN,
                camunda.getWebapp().getApplicationPath() + WEBAPP_LOGIN);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("trienkhaiEngineRestAuthentication");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns(ENGINE_REST_PATTERN);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** After authentication, so that an anonymous request gets its 401 first. */
    @Bean
    FilterRegistrationBean<QueryExpressionFilter> queryExpressionFilter(CamundaBpmProperties camunda) {
        var registration = new FilterRegistrationBean<>(new QueryExpressionFilter());
        registration.setName("trienkhaiQueryExpressionFilter");
        registration.addUrlPatterns(ENGINE_REST_PATTERN, camunda.getWebapp().getApplicationPath() + WEBAPP_ENGINE_API);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> apiAuthenticationFilter(IdentityService identityService,
            ProcessEngine processEngine) {
        var authenticator = new ApiAuthenticator(identityService, processEngine.getName());
        var registration = new FilterRegistrationBean<>(new ApiAuthenticationFilter(authenticator, identityService));
        registration.setName("trienkhaiApiAuthentication");
        registration.addUrlPatterns(API_PATTERN);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ApiHardeningFilter> apiHardeningFilter(SecurityProperties settings) {
        var registration = new FilterRegistrationBean<>(new ApiHardeningFilter(settings));
        registration.setName("trienkhaiApiHardening");
        registration.addUrlPatterns(API_PATTERN);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ActuatorGuardFilter> actuatorGuardFilter(IdentityService identityService,
            ProcessEngine processEngine) {
        var authenticator = new ApiAuthenticator(identityService, processEngine.getName());
        var registration = new FilterRegistrationBean<>(new ActuatorGuardFilter(authenticator));
        registration.setName("trienkhaiActuatorGuard");
        registration.addUrlPatterns(ACTUATOR_PATTERN);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<TaskRecordGuard> taskRecordGuard(IdentityService identityService,
            ProcessEngine processEngine, CamundaBpmProperties camunda) {
        var authenticator = new ApiAuthenticator(identityService, processEngine.getName());
        var registration = new FilterRegistrationBean<>(new TaskRecordGuard(camunda.getWebapp().getApplicationPath(),
                authenticator, identityService,
                processEngine.getTaskService(), processEngine.getHistoryService()));
        registration.setName("trienkhaiTaskRecordGuard");
        registration.addUrlPatterns(ENGINE_REST_PATTERN, camunda.getWebapp().getApplicationPath() + "/api/engine/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CurrentUserArgumentResolver());
    }
}

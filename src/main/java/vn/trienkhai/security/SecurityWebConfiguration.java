package vn.trienkhai.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
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

    private static final int FIRST = Ordered.HIGHEST_PRECEDENCE;
    private static final int BEFORE_AUTHENTICATION = Ordered.HIGHEST_PRECEDENCE + 5;
    private static final int AUTHENTICATION = Ordered.HIGHEST_PRECEDENCE + 10;
    private static final int AFTER_AUTHENTICATION = Ordered.HIGHEST_PRECEDENCE + 20;

    /** First of all: the setup endpoint is shut for every dispatch, forwards and includes too. */
    @Bean
    FilterRegistrationBean<SetupEndpointBlocker> setupEndpointBlocker(CamundaBpmProperties camunda) {
        var registration = register("trienkhaiSetupEndpointBlocker",
                new SetupEndpointBlocker(webappPath(camunda)), FIRST, "/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.INCLUDE);
        return registration;
    }

    /** Before every password check: the Basic ones of both APIs and the webapps' login form. */
    @Bean
    FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle,
            CamundaBpmProperties camunda) {
        return register("trienkhaiLoginThrottle", new LoginThrottleFilter(throttle), BEFORE_AUTHENTICATION,
                API_PATTERN, ENGINE_REST_PATTERN, webappPath(camunda) + WEBAPP_LOGIN);
    }

    @Bean
    FilterRegistrationBean<ApiHardeningFilter> apiHardeningFilter(SecurityProperties settings) {
        return register("trienkhaiApiHardening", new ApiHardeningFilter(settings), BEFORE_AUTHENTICATION, API_PATTERN);
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
        var registration = register("trienkhaiEngineRestAuthentication", new ProcessEngineAuthenticationFilter(),
                AUTHENTICATION, ENGINE_REST_PATTERN);
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        return registration;
    }

    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> apiAuthenticationFilter(IdentityService identityService,
            ProcessEngine processEngine) {
        return register("trienkhaiApiAuthentication",
                new ApiAuthenticationFilter(authenticator(identityService, processEngine), identityService),
                AUTHENTICATION, API_PATTERN);
    }

    @Bean
    FilterRegistrationBean<ActuatorGuardFilter> actuatorGuardFilter(IdentityService identityService,
            ProcessEngine processEngine) {
        return register("trienkhaiActuatorGuard", new ActuatorGuardFilter(authenticator(identityService, processEngine)),
                AUTHENTICATION, ACTUATOR_PATTERN);
    }

    /** After authentication, so that an anonymous request gets its 401 first. */
    @Bean
    FilterRegistrationBean<QueryExpressionFilter> queryExpressionFilter(CamundaBpmProperties camunda) {
        return register("trienkhaiQueryExpressionFilter", new QueryExpressionFilter(), AFTER_AUTHENTICATION,
                ENGINE_REST_PATTERN, webappPath(camunda) + WEBAPP_ENGINE_API);
    }

    @Bean
    FilterRegistrationBean<TaskRecordGuard> taskRecordGuard(IdentityService identityService,
            ProcessEngine processEngine, CamundaBpmProperties camunda) {
        var guard = new TaskRecordGuard(webappPath(camunda), authenticator(identityService, processEngine),
                identityService, processEngine.getTaskService(), processEngine.getHistoryService());
        return register("trienkhaiTaskRecordGuard", guard, AFTER_AUTHENTICATION,
                ENGINE_REST_PATTERN, webappPath(camunda) + WEBAPP_ENGINE_API);
    }

    private static <F extends Filter> FilterRegistrationBean<F> register(String name, F filter, int order,
            String... urlPatterns) {
        var registration = new FilterRegistrationBean<>(filter);
        registration.setName(name);
        registration.addUrlPatterns(urlPatterns);
        registration.setOrder(order);
        return registration;
    }

    private static ApiAuthenticator authenticator(IdentityService identityService, ProcessEngine processEngine) {
        return new ApiAuthenticator(identityService, processEngine.getName());
    }

    private static String webappPath(CamundaBpmProperties camunda) {
        return camunda.getWebapp().getApplicationPath();
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CurrentUserArgumentResolver());
    }
}

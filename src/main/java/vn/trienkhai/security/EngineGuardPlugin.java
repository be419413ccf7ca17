package vn.trienkhai.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Engine-side rules for what a signed-in user may ask of the engine, whichever way the request
 * came in ({@code /engine-rest}, the webapps' engine API, Cockpit, Tasklist): see
 * {@link EngineCommandGuard}. Also turns off Camunda's own login lock, which anyone who knows a
 * user id can make permanent; {@link LoginThrottle} takes its place.
 */
@Component
class EngineGuardPlugin extends AbstractProcessEnginePlugin {

    private final Set<String> formOnlyStarts;

    EngineGuardPlugin(List<FormOnlyStart> formOnlyStarts) {
        this.formOnlyStarts = formOnlyStarts.stream().map(FormOnlyStart::processKey).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnableExpressionsInAdhocQueries(false);
        configuration.setEnableExpressionsInStoredQueries(true);
        configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
        configuration.setLoginDelayMaxTime(0);
        configuration.setLoginDelayBase(0);
        List<CommandInterceptor> interceptors = new ArrayList<>();
        if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
            interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
        }
        interceptors.add(new EngineCommandGuard(configuration, List.of(
                new AdministratorOnlyCommands(),
                new AdhocQueryExpressions(),
                new DeclaredFormVariables(new FormFields(configuration), formOnlyStarts),
                new OwnProfileEdits(configuration),
                new PlannedDueDates(configuration))));
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }
}

package vn.trienkhai.security;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Checks the commands a signed-in user sends, before the engine runs them. Only a request's own
 * command is checked (no command running yet on the thread): commands the application's listeners
 * and delegates issue while it runs are the application's. Administrators pass.
 */
class EngineCommandGuard extends CommandInterceptor {

    private final ProcessEngineConfigurationImpl configuration;
    private final List<CommandRule> rules;

    EngineCommandGuard(ProcessEngineConfigurationImpl configuration, List<CommandRule> rules) {
        this.configuration = configuration;
        this.rules = rules;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (Context.getCommandContext() == null) {
            EngineAuthentication.current(configuration.getIdentityService())
                    .filter(user -> user.userId() != null && !isAdministrator(user))
                    .ifPresent(user -> rules.forEach(rule -> rule.check(command, user)));
        }
        return next.execute(command);
    }

    private boolean isAdministrator(CurrentUser user) {
        List<String> adminUsers = configuration.getAdminUsers();
        List<String> adminGroups = configuration.getAdminGroups();
        return (adminUsers != null && adminUsers.contains(user.userId()))
                || (adminGroups != null && user.groupIds().stream().anyMatch(adminGroups::contains));
    }
}

package vn.trienkhai.security;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Engine settings kept in Java rather than YAML.
 *
 * <p>Resource ids: unit groups such as {@code aq-pktht} and officers such as
 * {@code aq-pktht.canbo} need dots and hyphens, which Camunda's default whitelist refuses.
 *
 * <p>Task permissions (checked in 7.24's {@code DefaultAuthorizationProvider}): a candidate
 * user or group, and the assignee, get READ plus {@code defaultUserPermissionForTask} on the
 * task (plus READ_VARIABLE when specific variable permissions are enforced, and READ on the
 * historic task when historic instance permissions are on). The default is UPDATE, which lets
 * an officer claim and complete the tasks of the own unit; it is set here explicitly so that the
 * behaviour does not hang on an engine default. TASK_WORK would be narrower but would stop
 * officers from delegating a task within their unit. The grants themselves are written by
 * {@link NewTaskAuthorizationProvider}, which spares the lookup for a task created in the command.
 *
 * <p>Historic instance permissions are on, so that the same candidates and the assignee also get
 * READ on the task's history ({@code HISTORIC_TASK}): Tasklist's comment dialog and history tab
 * look the task up in history ({@code ensureTaskExists}, «No task found» without it) and read its
 * operation log. Nobody gains READ_HISTORY on a definition: another unit still finds nothing.
 */
@Component
class IdentityEnginePlugin extends AbstractProcessEnginePlugin {

    static final String RESOURCE_ID_PATTERN = "[a-zA-Z0-9][a-zA-Z0-9._-]*|camunda-admin";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setGeneralResourceWhitelistPattern(RESOURCE_ID_PATTERN);
        configuration.setUserResourceWhitelistPattern(RESOURCE_ID_PATTERN);
        configuration.setGroupResourceWhitelistPattern(RESOURCE_ID_PATTERN);
        configuration.setDefaultUserPermissionNameForTask(Permissions.UPDATE.getName());
        configuration.setEnableHistoricInstancePermissions(true);
        configuration.setResourceAuthorizationProvider(new NewTaskAuthorizationProvider());
    }
}

package vn.trienkhai.security;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Removes the reads on every instance, task and history that earlier versions granted lead
 * offices and leadership at start-up (docs/security.md): READ on all process instances and all
 * tasks, READ_HISTORY on all definitions. Administrators keep theirs. Idempotent; two nodes doing
 * it at once lose nothing but a log line.
 */
@Component
@Order(5)
class GlobalReadRevocation implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GlobalReadRevocation.class);

    private final AuthorizationService authorizations;

    GlobalReadRevocation(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    @Override
    public void run(ApplicationArguments args) {
        int revoked = 0;
        for (Authorization grant : globalGrants()) {
            try {
                boolean definition = grant.getResourceType() == Resources.PROCESS_DEFINITION.resourceType();
                grant.removePermission(definition ? Permissions.READ_HISTORY : Permissions.READ);
                if (grant instanceof AuthorizationEntity entity && entity.getPermissions() == 0) {
                    authorizations.deleteAuthorization(grant.getId());
                } else {
                    authorizations.saveAuthorization(grant);
                }
                revoked++;
            } catch (OptimisticLockingException | NullValueException raced) {
                log.debug("Global grant {} changed by another node", grant.getId());
            }
        }
        if (revoked > 0) {
            log.info("Revoked {} global read grant(s) of lead offices and leadership", revoked);
        }
    }

    private List<Authorization> globalGrants() {
        return authorizations.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .resourceId(Authorization.ANY)
                .list().stream()
                .filter(grant -> grant.getGroupId() != null && !Groups.CAMUNDA_ADMIN.equals(grant.getGroupId()))
                .filter(grant -> grant.getResourceType() == Resources.PROCESS_DEFINITION.resourceType()
                        ? grant.isPermissionGranted(Permissions.READ_HISTORY)
                        : (grant.getResourceType() == Resources.PROCESS_INSTANCE.resourceType()
                        || grant.getResourceType() == Resources.TASK.resourceType())
                        && grant.isPermissionGranted(Permissions.READ))
                .toList();
    }
}

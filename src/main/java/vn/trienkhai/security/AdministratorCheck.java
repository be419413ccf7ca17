package vn.trienkhai.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Refuses to start without an administrator. The engine creates {@code camunda.bpm.admin-user}
 * while it is built (a plugin's postProcessEngineBuild), all singletons exist when this runs, and
 * the web server only opens its connector afterwards, when the context finishes refreshing. So
 * no request is ever served while Camunda Admin would offer its first-run setup.
 */
@Component
class AdministratorCheck implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(AdministratorCheck.class);

    private final IdentityService identityService;

    AdministratorCheck(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public void afterSingletonsInstantiated() {
        long administrators = identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count();
        if (administrators == 0) {
            throw new IllegalStateException("No user is a member of the group " + Groups.CAMUNDA_ADMIN
                    + "; add one in the database, or set CAMUNDA_BPM_ADMINUSER_ID and "
                    + "CAMUNDA_BPM_ADMINUSER_PASSWORD to a user id that does not exist yet");
        }
        log.info("{} administrator(s) in group {}", administrators, Groups.CAMUNDA_ADMIN);
    }
}

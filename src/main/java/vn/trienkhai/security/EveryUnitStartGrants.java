package vn.trienkhai.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Lets every unit's group start each {@link EveryUnitStarts} process: at start-up for the groups there are
 * (idempotent), and for a unit added while the application runs as soon as its group is created.
 */
@Component
@Order(20)
class EveryUnitStartGrants implements ApplicationRunner {

    private final IdentityService identityService;
    private final AccessProvisioning access;
    private final List<EveryUnitStarts> processes;

    EveryUnitStartGrants(IdentityService identityService, AccessProvisioning access, List<EveryUnitStarts> processes) {
        this.identityService = identityService;
        this.access = access;
        this.processes = processes;
    }

    @Override
    public void run(ApplicationArguments args) {
        identityService.createGroupQuery().groupType(AccessProvisioning.UNIT_GROUP_TYPE).list()
                .forEach(group -> grant(group.getId()));
    }

    @EventListener
    void grant(UnitGroupCreated created) {
        grant(created.groupId());
    }

    private void grant(String groupId) {
        processes.forEach(process -> access.grantStartPlanRollout(groupId, process.processDefinitionKey()));
    }
}

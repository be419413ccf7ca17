package vn.trienkhai.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Camunda groups, users and authorizations for units, lead offices and leadership. Every method
 * is idempotent: it creates what is missing and leaves the rest alone.
 */
@Service
public class AccessProvisioning {

    public static final String UNIT_GROUP_TYPE = "UNIT";

    static final String TASKLIST = "tasklist";
    static final String COCKPIT = "cockpit";

    private final IdentityService identityService;
    private final AuthorizationGrants grants;
    private final ApplicationEventPublisher events;

    AccessProvisioning(IdentityService identityService, AuthorizationGrants grants, ApplicationEventPublisher events) {
        this.identityService = identityService;
        this.grants = grants;
        this.events = events;
    }

    /**
     * The unit's Camunda group (type UNIT), its name kept up to date, with access to Tasklist; a new group is
     * announced ({@link UnitGroupCreated}) after the Tasklist grant.
     */
    public void ensureUnitGroup(String groupId, String name) {
        Group group = identityService.createGroupQuery().groupId(groupId).singleResult();
        boolean created = false;
        if (group == null) {
            group = identityService.newGroup(groupId);
            group.setType(UNIT_GROUP_TYPE);
            group.setName(name);
            identityService.saveGroup(group);
            created = true;
        } else if (!Objects.equals(group.getName(), name)) {
            group.setName(name);
            identityService.saveGroup(group);
        }
        grants.grantGroup(groupId, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
        if (created) {
            events.publishEvent(new UnitGroupCreated(groupId));
        }
    }

    /** Creates the user if missing (the password is set only then) and adds missing memberships. */
    public void ensureUser(UserAccount account) {
        User user = identityService.createUserQuery().userId(account.id()).singleResult();
        if (user == null) {
            user = identityService.newUser(account.id());
            user.setFirstName(account.firstName());
            user.setLastName(account.lastName());
            user.setEmail(account.email());
            user.setPassword(account.password());
            identityService.saveUser(user);
        }
        Set<String> memberOf = identityService.createGroupQuery().groupMember(account.id()).list().stream()
                .map(Group::getId)
                .collect(Collectors.toCollection(HashSet::new));
        for (String groupId : account.groupIds()) {
            if (memberOf.add(groupId)) {
                identityService.createMembership(account.id(), groupId);
            }
        }
    }

    /**
     * What a lead office needs to monitor: Tasklist and Cockpit, and the process models. Which
     * instances it reads is granted per plan when the plan rolls out, never on every instance.
     */
    public void grantLeadOffice(String groupId) {
        grants.grantGroup(groupId, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
        grantMonitoring(groupId);
    }

    /** Leadership watches progress in Cockpit: the same access as a lead office. */
    public void grantLeadership(String groupId) {
        grantMonitoring(groupId);
    }

    /** Lets the group start the process with the given key (a plan roll-out). */
    public void grantStartPlanRollout(String groupId, String processDefinitionKey) {
        grants.grantGroup(groupId, Resources.PROCESS_DEFINITION, processDefinitionKey,
                Permissions.READ, Permissions.CREATE_INSTANCE);
        grants.grantGroup(groupId, Resources.PROCESS_INSTANCE, Authorization.ANY,
                Permissions.CREATE);
    }

    /** Lets a unit's officers open the forms of their tasks in the process with the given key. */
    public void grantReadProcessDefinition(String groupId, String processDefinitionKey) {
        grants.grantGroup(groupId, Resources.PROCESS_DEFINITION, processDefinitionKey, Permissions.READ);
    }

    /** {@link #grantReadProcessDefinition(String, String)} for many groups at once. */
    public void grantReadProcessDefinition(Collection<String> groupIds, String processDefinitionKey) {
        grants.grantGroups(groupIds, Resources.PROCESS_DEFINITION, processDefinitionKey, Permissions.READ);
    }

    private void grantMonitoring(String groupId) {
        grants.grantGroup(groupId, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
        grants.grantGroup(groupId, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
    }
}

package vn.trienkhai.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SecurityIntegrationTest
class AccessProvisioningTests {

    @Autowired
    AccessProvisioning provisioning;

    @Autowired
    IdentityService identityService;

    @Autowired
    AuthorizationService authorizationService;

    @Test
    void ensureUnitGroupTwiceMakesOneGroupAndOneTasklistGrant() {
        provisioning.ensureUnitGroup("cap-ward-1", "Phường 1");
        provisioning.ensureUnitGroup("cap-ward-1", "Phường Một");

        Group group = identityService.createGroupQuery().groupId("cap-ward-1").singleResult();
        assertThat(group.getName()).isEqualTo("Phường Một");
        assertThat(group.getType()).isEqualTo(AccessProvisioning.UNIT_GROUP_TYPE);
        assertThat(grants("cap-ward-1", Resources.APPLICATION)).hasSize(1).first()
                .satisfies(grant -> assertThat(grant.isPermissionGranted(Permissions.ACCESS)).isTrue())
                .satisfies(grant -> assertThat(grant.getResourceId()).isEqualTo("tasklist"));
    }

    @Test
    void ensureUserTwiceKeepsThePasswordAndAddsMissingMemberships() {
        provisioning.ensureUnitGroup("cap-ward-2", "Phường 2");
        provisioning.ensureUnitGroup("cap-ward-2.ca", "Công an phường 2");
        provisioning.ensureUser(account("first", List.of("cap-ward-2")));
        provisioning.ensureUser(account("second", List.of("cap-ward-2", "cap-ward-2.ca")));

        assertThat(identityService.createUserQuery().userId("cap-ward-2.canbo").count()).isEqualTo(1);
        assertThat(identityService.checkPassword("cap-ward-2.canbo", "first")).isTrue();
        assertThat(identityService.createGroupQuery().groupMember("cap-ward-2.canbo").list())
                .extracting(Group::getId).containsExactlyInAnyOrder("cap-ward-2", "cap-ward-2.ca");
    }

    @Test
    void leadOfficeGrantsAreCreatedOnce() {
        provisioning.ensureUnitGroup("cap-lead", "Phòng Kinh tế - Hạ tầng");
        provisioning.grantLeadOffice("cap-lead");
        provisioning.grantLeadOffice("cap-lead");

        assertThat(grants("cap-lead", Resources.APPLICATION)).extracting(Authorization::getResourceId)
                .containsExactlyInAnyOrder("tasklist", "cockpit");
        assertThat(definitionGrantsBesidesEveryUnit("cap-lead")).singleElement().satisfies(grant -> {
            assertThat(grant.isPermissionGranted(Permissions.READ)).isTrue();
            assertThat(grant.isPermissionGranted(Permissions.READ_HISTORY)).isFalse();
        });
        assertThat(grants("cap-lead", Resources.PROCESS_INSTANCE)).as("creating instances, never reading them")
                .allSatisfy(grant -> assertThat(grant.isPermissionGranted(Permissions.READ)).isFalse());
        assertThat(grants("cap-lead", Resources.TASK)).isEmpty();
    }

    @Test
    void leadershipReadsCockpit() {
        provisioning.ensureUnitGroup("cap-leaders", "Lãnh đạo UBND");
        provisioning.grantLeadership("cap-leaders");
        provisioning.grantLeadership("cap-leaders");

        assertThat(grants("cap-leaders", Resources.APPLICATION)).extracting(Authorization::getResourceId)
                .containsExactlyInAnyOrder("tasklist", "cockpit");
        assertThat(grants("cap-leaders", Resources.PROCESS_INSTANCE)).as("creating instances, never reading them")
                .allSatisfy(grant -> assertThat(grant.isPermissionGranted(Permissions.READ)).isFalse());
    }

    @Test
    void startPlanRolloutGrantsTheDefinitionAndInstanceCreation() {
        provisioning.ensureUnitGroup("cap-starter", "Ban Tuyên giáo");
        provisioning.grantStartPlanRollout("cap-starter", "PlanRolloutProcess");
        provisioning.grantStartPlanRollout("cap-starter", "PlanRolloutProcess");

        assertThat(definitionGrantsBesidesEveryUnit("cap-starter")).singleElement().satisfies(grant -> {
            assertThat(grant.getResourceId()).isEqualTo("PlanRolloutProcess");
            assertThat(grant.isPermissionGranted(Permissions.CREATE_INSTANCE)).isTrue();
            assertThat(grant.isPermissionGranted(Permissions.READ)).isTrue();
        });
        assertThat(grants("cap-starter", Resources.PROCESS_INSTANCE)).singleElement()
                .satisfies(grant -> assertThat(grant.isPermissionGranted(Permissions.CREATE)).isTrue());
    }

    @Test
    void readGrantsForManyGroupsAreCreatedOnceAndAddedToExistingOnes() {
        List<String> groups = java.util.stream.IntStream.rangeClosed(1, 1_005).mapToObj(i -> "cap-many-" + i).toList();
        provisioning.grantStartPlanRollout("cap-many-1", "ManyProcess");
        provisioning.grantReadProcessDefinition(groups, "ManyProcess");
        provisioning.grantReadProcessDefinition(groups, "ManyProcess");

        assertThat(grants("cap-many-1", Resources.PROCESS_DEFINITION)).singleElement().satisfies(grant -> {
            assertThat(grant.isPermissionGranted(Permissions.READ)).isTrue();
            assertThat(grant.isPermissionGranted(Permissions.CREATE_INSTANCE)).isTrue();
        });
        assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.PROCESS_DEFINITION)
                .resourceId("ManyProcess").list()).hasSize(1_005)
                .allSatisfy(grant -> assertThat(grant.isPermissionGranted(Permissions.READ)).isTrue());
    }

    @Test
    void aNewUnitGroupMayStartTheProcessesEveryUnitStarts() {
        provisioning.ensureUnitGroup("cap-new-unit", "Tổ dân phố số 40");

        assertThat(grants("cap-new-unit", Resources.PROCESS_DEFINITION)).extracting(Authorization::getResourceId)
                .containsExactlyInAnyOrder(EVERY_UNIT.toArray(String[]::new));
        assertThat(grants("cap-new-unit", Resources.PROCESS_DEFINITION))
                .allSatisfy(grant -> assertThat(grant.isPermissionGranted(Permissions.CREATE_INSTANCE)).isTrue());
    }

    /** The processes every unit's group may start (EveryUnitStarts), granted as soon as a group is created. */
    static final List<String> EVERY_UNIT = List.of("deadline-extension", "plan-drafting");

    private List<Authorization> definitionGrantsBesidesEveryUnit(String groupId) {
        return grants(groupId, Resources.PROCESS_DEFINITION).stream()
                .filter(grant -> !EVERY_UNIT.contains(grant.getResourceId())).toList();
    }

    private List<Authorization> grants(String groupId, Resources resource) {
        return authorizationService.createAuthorizationQuery().groupIdIn(groupId).resourceType(resource).list();
    }

    private static UserAccount account(String password, List<String> groups) {
        return new UserAccount("cap-ward-2.canbo", "Hoa", "Lê Thị", "hoa@example.invalid", password, groups);
    }
}

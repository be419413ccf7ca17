package vn.trienkhai.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 10, item 4: only administrators import plans; the rights a plan gives are granted to its
 * own issuing and lead units when it is imported and rolls out, never as global reads.
 */
@SecurityIntegrationTest
class PlanImportSecurityTests {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuthorizationService authorizations;

    @Test
    void anOfficerCannotImportAPlanNamingTheOwnUnitAsIssuerAndLead() throws Exception {
        String summary = "Kế hoạch tự phong " + UUID.randomUUID();
        String plan = HostileRequests.smallPlan(summary)
                .replace("issuingUnit: AQ-UBND", "issuingUnit: AQ-TDP01")
                .replace("leadUnits: [AQ-PKTHT]", "leadUnits: [AQ-TDP01]");

        ResponseEntity<String> response = new HostileRequests(rest)
                .send("aq-tdp01.canbo", HttpMethod.POST, "/api/plans", plan, HostileRequests.YAML);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).contains("quản trị viên");
        assertThat(jdbc.queryForObject("select count(*) from plan where summary = ?", Integer.class, summary)).isZero();
        assertThat(authorizations.createAuthorizationQuery().groupIdIn("aq-tdp01")
                .resourceType(Resources.PROCESS_DEFINITION).resourceId("plan-rollout")
                .hasPermission(Permissions.CREATE_INSTANCE).count()).isZero();
        assertThat(authorizations.createAuthorizationQuery().groupIdIn("aq-tdp01")
                .resourceType(Resources.APPLICATION).resourceId("cockpit").count()).isZero();
    }

    @Test
    void aLeadOfficeCannotImportEither() throws Exception {
        ResponseEntity<String> response = new HostileRequests(rest).send("aq-pktht.canbo", HttpMethod.POST,
                "/api/plans", HostileRequests.smallPlan("Kế hoạch phòng " + UUID.randomUUID()), HostileRequests.YAML);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void anImportedPlanLetsItsIssuingAndLeadUnitsStartRollouts() throws Exception {
        ResponseEntity<String> response = new HostileRequests(rest).send("admin", HttpMethod.POST, "/api/plans",
                HostileRequests.smallPlan("Kế hoạch quản trị " + UUID.randomUUID())
                        .replace("leadUnits: [AQ-PKTHT]", "leadUnits: [AQ-PVHXH]"), HostileRequests.YAML);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        for (String group : new String[] {"aq-ubnd", "aq-pvhxh"}) {
            assertThat(authorizations.createAuthorizationQuery().groupIdIn(group)
                    .resourceType(Resources.PROCESS_DEFINITION).resourceId("plan-rollout")
                    .hasPermission(Permissions.CREATE_INSTANCE).count()).as(group).isOne();
        }
    }

    /** Before: every lead office and leadership read every instance, task and history at start-up. */
    @Test
    void nobodyButAdministratorsReadsEveryInstanceTaskOrHistory() {
        assertThat(globalGrants(Resources.PROCESS_INSTANCE, Permissions.READ)).isZero();
        assertThat(globalGrants(Resources.TASK, Permissions.READ)).isZero();
        assertThat(globalGrants(Resources.PROCESS_DEFINITION, Permissions.READ_HISTORY)).isZero();
    }

    private long globalGrants(Resources resource, Permissions permission) {
        return authorizations.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .resourceType(resource).resourceId(Authorization.ANY).hasPermission(permission)
                .list().stream().filter(grant -> grant.getGroupId() != null)
                .filter(grant -> !Groups.CAMUNDA_ADMIN.equals(grant.getGroupId())).count();
    }
}

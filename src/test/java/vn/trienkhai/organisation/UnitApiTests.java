package vn.trienkhai.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.trienkhai.DemoApplicationTest;

@DemoApplicationTest
class UnitApiTests {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IdentityService identityService;

    @Autowired
    AuthorizationService authorizationService;

    @Test
    void listsTheTreeWithParentsAndGroups() {
        JsonNode unit = rest.withBasicAuth("aq-tdp01.canbo", "demo").getForObject("/api/units/AQ-TDP01", JsonNode.class);

        assertThat(unit.get("name").asText()).isEqualTo("Tổ dân phố số 1");
        assertThat(unit.get("parent").asText()).isEqualTo("AQ-UBND");
        assertThat(unit.get("kindLabel").asText()).isEqualTo("Tổ dân phố");
        assertThat(unit.get("group").asText()).isEqualTo("aq-tdp01");
    }

    @Test
    void anAdministratorAddsAUnitWithItsGroup() {
        ResponseEntity<JsonNode> response = put("admin", "admin", """
                units:
                  - code: AQ-UBND
                    name: Ủy ban nhân dân phường Ái Quốc
                    kind: WARD
                    children:
                      - {code: AQ-TDP13, name: Tổ dân phố số 13, kind: RESIDENTIAL_GROUP, email: aq-tdp13@haiphong.example}
                """);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(jdbc.queryForObject("select p.code from org_unit u join org_unit p on p.id = u.parent_id "
                + "where u.code = 'AQ-TDP13'", String.class)).isEqualTo("AQ-UBND");
        assertThat(identityService.createGroupQuery().groupId("aq-tdp13").singleResult().getName())
                .isEqualTo("Tổ dân phố số 13");
        assertThat(jdbc.queryForObject("select p.code from org_unit u join org_unit p on p.id = u.parent_id "
                + "where u.code = 'AQ-UBND'", String.class)).as("an existing root entry keeps its parent").isEqualTo("HP-UBND");
        // without a restart, the new unit's officers may ask for an extension and draft a plan
        for (String process : new String[] {"deadline-extension", "plan-drafting"}) {
            assertThat(authorizationService.createAuthorizationQuery().groupIdIn("aq-tdp13")
                    .resourceType(org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION).resourceId(process)
                    .hasPermission(org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE).count())
                    .as(process).isOne();
        }
    }

    @Test
    void aTopLevelEntryMayNameAnExistingParent() {
        ResponseEntity<JsonNode> attached = put("admin", "admin",
                "units: [{code: AQ-TDP14, name: Tổ dân phố số 14, kind: RESIDENTIAL_GROUP, parent: AQ-UBND}]");
        ResponseEntity<JsonNode> unknown = put("admin", "admin",
                "units: [{code: AQ-TDP15, name: Tổ dân phố số 15, kind: RESIDENTIAL_GROUP, parent: AQ-KHONGCO}]");

        assertThat(attached.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(jdbc.queryForObject("select p.code from org_unit u join org_unit p on p.id = u.parent_id "
                + "where u.code = 'AQ-TDP14'", String.class)).isEqualTo("AQ-UBND");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getBody().at("/errors/0/field").asText()).isEqualTo("units[0].parent");
    }

    @Test
    void aBrokenTreeIsRefusedWholeWithEveryFieldNamed() {
        int before = jdbc.queryForObject("select count(*) from org_unit", Integer.class);

        ResponseEntity<JsonNode> response = put("admin", "admin", """
                units:
                  - {code: NEW-1, name: Đơn vị mới, kind: WARD}
                  - {code: NEW-1, name: Trùng mã, kind: CASTLE, email: not-an-email}
                  - {code: "bad code", kind: WARD}
                """);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder(
                "units[1].code", "units[1].kind", "units[1].email", "units[2].code", "units[2].name");
        assertThat(jdbc.queryForObject("select count(*) from org_unit", Integer.class)).isEqualTo(before);
    }

    @Test
    void anOfficerMayNotChangeTheTree() {
        ResponseEntity<JsonNode> response = put("aq-tdp01.canbo", "demo", "units: [{code: X-9, name: X, kind: WARD}]");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private ResponseEntity<JsonNode> put(String user, String password, String yaml) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("application/yaml"));
        return rest.withBasicAuth(user, password).exchange("/api/units", HttpMethod.PUT,
                new HttpEntity<>(yaml.getBytes(StandardCharsets.UTF_8), headers), JsonNode.class);
    }
}

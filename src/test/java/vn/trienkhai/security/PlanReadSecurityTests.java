package vn.trienkhai.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 10, items 5 and 8: a lead office, leadership or a unit reads only its own plans — through
 * the engine's REST API (instances, tasks, variables, history) and the application's API (the
 * plan, its rollouts, a rollout's progress). The demo rolls out the Ái Quốc plan (issued by
 * AQ-UBND, led by AQ-PKTHT and AQ-CA); here the Thành ủy plan (HP-TU, led by HP-BTG) rolls out too.
 */
@SecurityIntegrationTest
class PlanReadSecurityTests {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HistoryService history;

    @Autowired
    ManagementService management;

    private HostileRequests requests;
    private long aiQuocPlan;
    private long thanhUyPlan;

    @BeforeEach
    void rollOutTheThanhUyPlan() {
        requests = new HostileRequests(rest);
        aiQuocPlan = planOf("AQ-UBND");
        thanhUyPlan = planOf("HP-TU");
        if (rootInstance(thanhUyPlan) == null) {
            ResponseEntity<String> started = requests.send("admin", HttpMethod.POST,
                    "/api/plans/" + thanhUyPlan + "/rollouts", "{\"rolloutOn\": \"2023-09-01\", \"acceptPastDeadlines\": true}",
                    MediaType.APPLICATION_JSON);
            assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        }
        createTheUnitsInstances(rootInstance(aiQuocPlan));
        createTheUnitsInstances(rootInstance(thanhUyPlan));
    }

    /** The tests run without the job executor: the rollout's asynchronous start of its units is run here. */
    private void createTheUnitsInstances(String rolloutInstance) {
        for (int round = 0; round < 3; round++) {
            List<Job> jobs = management.createJobQuery().processInstanceId(rolloutInstance).messages().list();
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
    }

    @Test
    void leadOfficesAndLeadershipOfAnotherPlanReadNoneOfItsInstancesTasksVariablesOrHistory() throws Exception {
        String ids = String.join(",", instancesOf(thanhUyPlan));
        assertThat(requests.json(requests.get("hp-btg.canbo", "/engine-rest/process-instance?processInstanceIds=" + ids)))
                .isNotEmpty();
        for (String outsider : List.of("aq-ca.canbo", "aq-pktht.canbo", "aq-ubnd.truong", "aq-tdp01.canbo")) {
            assertThat(count(outsider, "/engine-rest/process-instance/count?processInstanceIds=" + ids)).as(outsider)
                    .isZero();
            assertThat(count(outsider, "/engine-rest/task/count?processInstanceIdIn=" + ids)).as(outsider).isZero();
            assertThat(count(outsider, "/engine-rest/variable-instance/count?processInstanceIdIn=" + ids)).as(outsider)
                    .isZero();
            assertThat(count(outsider, "/engine-rest/history/detail/count?processInstanceIdIn=" + ids)).as(outsider)
                    .isZero();
            assertThat(count(outsider, "/engine-rest/history/variable-instance/count?processInstanceIdIn=" + ids))
                    .as(outsider).isZero();
        }
        String aiQuoc = String.join(",", instancesOf(aiQuocPlan));
        assertThat(count("hp-btg.canbo", "/engine-rest/process-instance/count?processInstanceIds=" + aiQuoc)).isZero();
        assertThat(count("hp-btg.canbo", "/engine-rest/variable-instance/count?processInstanceIdIn=" + aiQuoc)).isZero();
    }

    @Test
    void thePlansOwnLeadOfficesAndIssuingUnitReadEveryInstanceOfIt() throws Exception {
        List<String> instances = instancesOf(aiQuocPlan);
        assertThat(instances).as("the rollout's and its units' instances").hasSizeGreaterThan(1);
        String ids = String.join(",", instances);
        for (String manager : List.of("aq-pktht.canbo", "aq-ca.canbo", "aq-ubnd.truong")) {
            assertThat(count(manager, "/engine-rest/process-instance/count?processInstanceIds=" + ids)).as(manager)
                    .isEqualTo(instances.size());
            assertThat(count(manager, "/engine-rest/variable-instance/count?processInstanceIdIn=" + ids)).as(manager)
                    .isPositive();
        }
        assertThat(count("hp-btg.canbo", "/engine-rest/process-instance/count?processInstanceIds="
                + String.join(",", instancesOf(thanhUyPlan)))).isEqualTo(instancesOf(thanhUyPlan).size());
    }

    /** The cost: one row per instance and manager group (AQ-UBND, AQ-PKTHT, AQ-CA), none per task. */
    @Test
    void eachInstanceOfThePlanCostsOneGrantPerManagerGroup() {
        List<String> instances = instancesOf(aiQuocPlan);
        Integer grants = jdbc.queryForObject("select count(*) from act_ru_authorization where resource_type_ = 8"
                + " and resource_id_ = any (?)", Integer.class, (Object) instances.toArray(String[]::new));

        assertThat(grants).isEqualTo(3 * instances.size());
    }

    @Test
    void theApplicationsApiAnswersAPlanItsRolloutsAndProgressOnlyToItsReaders() throws Exception {
        long rollout = jdbc.queryForObject("select id from rollout where plan_id = ? and parent_rollout_id is null"
                + " order by id desc limit 1", Long.class, thanhUyPlan);
        for (String outsider : List.of("aq-ca.canbo", "aq-pktht.canbo", "aq-ubnd.truong")) {
            assertRefused(requests.get(outsider, "/api/plans/" + thanhUyPlan));
            assertRefused(requests.get(outsider, "/api/plans/" + thanhUyPlan + "/rollouts"));
            assertRefused(requests.get(outsider, "/api/rollouts/" + rollout + "/progress"));
            assertThat(requests.json(requests.get(outsider, "/api/plans"))).extracting(plan -> plan.path("id").asLong())
                    .contains(aiQuocPlan).doesNotContain(thanhUyPlan);
        }
        assertRefused(requests.get("hp-btg.canbo", "/api/plans/" + aiQuocPlan));
        assertThat(requests.get("hp-btg.canbo", "/api/rollouts/" + rollout + "/progress").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(requests.get("hp-bcsd.canbo", "/api/plans/" + thanhUyPlan).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertRefused(requests.get("hp-bcsd.canbo", "/api/rollouts/" + rollout + "/progress"));
    }

    private void assertRefused(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        JsonNode problem = requests.json(response);
        assertThat(problem.path("detail").asText()).contains("kế hoạch");
    }

    private long count(String user, String path) throws Exception {
        ResponseEntity<String> response = requests.get(user, path);
        assertThat(response.getStatusCode()).as(user + " " + path).isEqualTo(HttpStatus.OK);
        return requests.json(response).path("count").asLong();
    }

    private long planOf(String issuingUnit) {
        return jdbc.queryForObject("select p.id from plan p join org_unit u on u.id = p.issuing_unit_id"
                + " where u.code = ? order by p.id limit 1", Long.class, issuingUnit);
    }

    private String rootInstance(long planId) {
        return jdbc.query("select process_instance_id from rollout where plan_id = ? and parent_rollout_id is null"
                + " and status = 'RUNNING'", (row, n) -> row.getString(1), planId).stream().findFirst().orElse(null);
    }

    /** The running rollout's whole tree: its own instance, every unit's, the cascades' and the rounds'. */
    private List<String> instancesOf(long planId) {
        return history.createHistoricProcessInstanceQuery().rootProcessInstanceId(rootInstance(planId)).unfinished()
                .list().stream().map(HistoricProcessInstance::getId).toList();
    }
}

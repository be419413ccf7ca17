package vn.trienkhai.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.trienkhai.security.AccessProvisioning;
import vn.trienkhai.security.UserAccount;

/** The unit report through /engine-rest as Tasklist sends it: refused with 400, then accepted. */
class UnitReportRestTests extends ReportingProcessTestSupport {

    @Autowired TestRestTemplate rest;
    @Autowired AccessProvisioning access;

    @Test
    @SuppressWarnings("unchecked")
    void aBadFigureIsRefusedWith400NamingTheFieldAndAnotherUnitCannotComplete() throws Exception {
        // The reporting tests share one context: an officer is <group>.canbo with password pw-<group> in all of them.
        access.ensureUser(new UserAccount("rt-ca.canbo", "Cán bộ", "Công an", null, "pw-rt-ca", List.of("rt-ca")));
        access.ensureUser(new UserAccount("rt-tdp03.canbo", "Cán bộ", "Tổ 3", null, "pw-rt-tdp03", List.of("rt-tdp03")));
        ProcessInstance instance = startTopRound();
        Task task = task(instance, ReportingRoundProcess.SUBMIT_UNIT_REPORT, "rt-ca");
        String url = "/engine-rest/task/" + task.getId() + "/submit-form";
        ResponseEntity<Map> form = rest.withBasicAuth("rt-ca.canbo", "pw-rt-ca")
                .getForEntity("/engine-rest/task/" + task.getId() + "/form", Map.class);
        assertThat(form.getStatusCode()).as("the form of the unit's task, read by its officer").isEqualTo(HttpStatus.OK);
        assertThat((Map<String, Object>) form.getBody().get("camundaFormRef")).as("Tasklist is pointed at the plan's own form")
                .containsEntry("key", ReportForms.formId(planIdOf(instance))).containsEntry("binding", "latest");
        ResponseEntity<String> deployed = rest.withBasicAuth("rt-ca.canbo", "pw-rt-ca")
                .getForEntity("/engine-rest/task/" + task.getId() + "/deployed-form", String.class);
        assertThat(deployed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(deployed.getBody()).contains("figure_checkpoints", "Số chốt kiểm tra đã lập (chốt)")
                .doesNotContain("otherFigures");

        ResponseEntity<Map> refused = rest.withBasicAuth("rt-ca.canbo", "pw-rt-ca")
                .postForEntity(url, body(-3), Map.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) refused.getBody().get("message"))
                .contains("Số liệu \"Số vụ tai nạn giao thông\" không được là số âm");
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isOne();

        ResponseEntity<Map> stranger = rest.withBasicAuth("rt-tdp03.canbo", "pw-rt-tdp03")
                .postForEntity(url, body(3), Map.class);
        assertThat(stranger.getStatusCode().is2xxSuccessful()).isFalse();

        ResponseEntity<Map> accepted = rest.withBasicAuth("rt-ca.canbo", "pw-rt-ca")
                .postForEntity(url, body(3), Map.class);
        assertThat(accepted.getStatusCode().is2xxSuccessful()).isTrue();
        assertThat(reports.findByRoundId(roundId(instance))).singleElement()
                .satisfies(report -> assertThat(report.getSubmittedBy()).isEqualTo("rt-ca.canbo"));
        assertThat(runtime.getVariables(instance.getId())).doesNotContainKeys("figure_accidents", "results");
    }

    private long planIdOf(ProcessInstance instance) {
        return ((Number) runtime.getVariable(instance.getId(), ReportingRoundProcess.PLAN_ID)).longValue();
    }

    private static Map<String, Object> body(int accidents) {
        return Map.of("variables", Map.of(
                "figure_accidents", Map.of("value", accidents, "type", "Integer"),
                "figure_fines", Map.of("value", 1000.5, "type", "Double"),
                "figure_checkpoints", Map.of("value", 2, "type", "Integer"),
                "results", Map.of("value", "Đã tuần tra 12 buổi.", "type", "String")));
    }
}

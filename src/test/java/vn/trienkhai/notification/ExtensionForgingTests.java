package vn.trienkhai.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Date;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.trienkhai.notification.extension.ExtensionProcess;

/**
 * Issue 10, items 2 and 3 over HTTP, as officers would try them: a generic start of
 * deadline-extension naming another unit's task and another requester, a start at the step that
 * applies an extension, a start form carrying extra variables, a completion carrying variables
 * the task has no field for. Each is refused and nothing is recorded or moved.
 */
class ExtensionForgingTests extends NotificationIntegrationTest {

    private static final String OTHER_OFFICER = basic("aq-tdp02.canbo");
    private static final String OWN_OFFICER = basic("aq-tdp01.canbo");
    private static final String START = "/engine-rest/process-definition/key/" + ExtensionProcess.KEY + "/start";
    private static final String SUBMIT = "/engine-rest/process-definition/key/" + ExtensionProcess.KEY + "/submit-form";

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void endExtensions() {
        runtimeService.createProcessInstanceQuery().processDefinitionKey(ExtensionProcess.KEY).list()
                .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test over"));
    }

    @Test
    void aGenericStartForAnotherUnitsTaskInSomeoneElsesNameIsRefused() throws Exception {
        Task task = unitTask();

        assertRefusedAndNothingRecorded(task, post(START, OTHER_OFFICER, "{\"variables\":{"
                + variable("requester", "aq-tdp01.canbo") + "," + request(task) + "}}"), 403, "biểu mẫu");
    }

    @Test
    void aStartAtTheStepThatAppliesAnExtensionIsRefusedEvenForTheOwnUnit() throws Exception {
        Task task = unitTask();
        Date due = task.getDueDate();
        String body = "{\"variables\":{" + request(task) + ",\"extensionId\":{\"value\":1,\"type\":\"Long\"}},"
                + "\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\""
                + ExtensionProcess.APPLY_TASK + "\"}]}";

        for (String officer : new String[] {OTHER_OFFICER, OWN_OFFICER}) {
            HttpResponse<String> response = post(START, officer, body);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        }

        assertThat(managementService.createJobQuery().processDefinitionKey(ExtensionProcess.KEY).count()).isZero();
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getDueDate()).isEqualTo(due);
        assertNothingRecorded(task);
    }

    @Test
    void theStartFormRefusesAVariableItHasNoFieldFor() throws Exception {
        Task task = unitTask();

        assertRefusedAndNothingRecorded(task, post(SUBMIT, OWN_OFFICER, "{\"variables\":{"
                + variable("requester", "aq-tdp02.canbo") + "," + request(task) + "}}"), 400, "«requester»");
    }

    @Test
    void theRequesterIsTheSignedInOfficerOfTheTasksUnit() throws Exception {
        Task task = unitTask();

        HttpResponse<String> own = post(SUBMIT, OWN_OFFICER, "{\"variables\":{" + request(task) + "}}");

        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select requested_by from deadline_extension where task_id = ?", String.class,
                task.getId())).isEqualTo("aq-tdp01.canbo");
        HttpResponse<String> other = post("/api/tasks/" + task.getId() + "/extension-requests", OTHER_OFFICER,
                "{\"newDueDate\":\"2026-10-16\",\"reason\":\"Thiếu người\"}");
        assertThat(other.statusCode()).as(other.body()).isEqualTo(404);
        assertThat(json.readTree(other.body()).get("detail").asText()).contains("Mã công việc (taskId)")
                .contains("của đơn vị bạn");
        assertThat(jdbc.queryForObject("select count(*) from deadline_extension where task_id = ?", Long.class,
                task.getId())).isOne();
    }

    /** Tasklist's start form with another unit's task: the rule's refusal is a 400, never the engine's 500. */
    @Test
    void theStartFormForAnotherUnitsTaskIsABadRequestNamingTheField() throws Exception {
        Task task = unitTask();

        assertRefusedAndNothingRecorded(task, post(SUBMIT, OTHER_OFFICER, "{\"variables\":{" + request(task) + "}}"),
                400, "Mã công việc (taskId)", "không thuộc đơn vị");
    }

    @Test
    void aCompletionCarryingVariablesTheTaskHasNoFieldForIsRefused() throws Exception {
        Task task = unitTask();

        HttpResponse<String> response = post("/engine-rest/task/" + task.getId() + "/complete", OWN_OFFICER,
                "{\"variables\":{" + variable("unitCode", "AQ-TDP02") + "}}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("«unitCode»");
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isOne();
        assertThat(runtimeService.getVariable(task.getExecutionId(), "unitCode")).isEqualTo(UNIT);
    }

    private Task unitTask() {
        return startTask(at("2026-09-01T09:00"), at("2026-09-30T23:59:59"), true, "Báo cáo quý III");
    }

    private void assertRefusedAndNothingRecorded(Task task, HttpResponse<String> response, int status,
            String... explanation) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.body()).contains(explanation);
        assertNothingRecorded(task);
    }

    private void assertNothingRecorded(Task task) {
        assertThat(jdbc.queryForObject("select count(*) from deadline_extension where task_id = ?", Long.class,
                task.getId())).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ExtensionProcess.KEY).count())
                .isZero();
    }

    private static String request(Task task) {
        return variable(ExtensionProcess.TASK_ID, task.getId()) + "," + variable(ExtensionProcess.NEW_DUE_DATE,
                "2027-06-30") + "," + variable(ExtensionProcess.REASON, "Chờ số liệu");
    }

    private static String variable(String name, String value) {
        return "\"" + name + "\":{\"value\":\"" + value + "\",\"type\":\"String\"}";
    }

    private HttpResponse<String> post(String path, String authorization, String body)
            throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}

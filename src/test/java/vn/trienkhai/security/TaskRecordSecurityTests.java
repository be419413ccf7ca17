package vn.trienkhai.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Issue 10, item 8: a task's comment and attachment, read by id through {@code /engine-rest},
 * only by someone who may see the task: a task of AQ-TDP02 that an officer of AQ-TDP01 must not
 * read into. Issue 13: the unit's own officer comments on it and reads its history, as Tasklist's
 * comment dialog and history tab do; the other unit's officer can do neither.
 */
@SecurityIntegrationTest
class TaskRecordSecurityTests {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    TaskService taskService;

    @Autowired
    IdentityService identityService;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    AuthorizationService authorizationService;

    @Autowired
    HistoricTaskGrants historicTaskGrants;

    private HostileRequests requests;
    private String deploymentId;
    private Task otherUnitsTask;
    private Comment comment;
    private Attachment attachment;

    @BeforeEach
    void commentAndAttachOnAq02sTask() {
        requests = new HostileRequests(rest);
        deploymentId = repositoryService.createDeployment().addModelInstance("record-guard.bpmn",
                Bpmn.createExecutableProcess("record-guard").camundaHistoryTimeToLive(1)
                        .startEvent().userTask("StudyUserTask").name("Học tập, quán triệt")
                        .camundaCandidateGroups("aq-tdp02").endEvent().done()).deploy().getId();
        String instance = runtimeService.startProcessInstanceByKey("record-guard").getId();
        otherUnitsTask = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        identityService.setAuthentication("aq-tdp02.canbo", List.of("aq-tdp02"));
        comment = taskService.createComment(otherUnitsTask.getId(), instance, "Số điện thoại riêng của tổ trưởng");
        attachment = taskService.createAttachment("text/plain", otherUnitsTask.getId(), instance, "ghi-chu.txt",
                "Ghi chú nội bộ",
                new ByteArrayInputStream("nội dung nội bộ".getBytes(StandardCharsets.UTF_8)));
        identityService.clearAuthentication();
    }

    @AfterEach
    void removeTheTask() {
        identityService.clearAuthentication();
        repositoryService.deleteDeployment(deploymentId, true);
    }

    @Test
    void anOfficerOfAnotherUnitReadsNeitherTheCommentNorTheAttachment() throws Exception {
        String task = "/engine-rest/task/" + otherUnitsTask.getId();
        for (String path : List.of(task + "/comment/" + comment.getId(), task + "/attachment/" + attachment.getId(),
                task + "/attachment/" + attachment.getId() + "/data", task + "/comment", task + "/attachment")) {
            ResponseEntity<String> response = requests.get("aq-tdp01.canbo", path);

            assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .isTrue();
            assertThat(response.getBody()).doesNotContain("tổ trưởng", "nội bộ");
        }
    }

    @Test
    void theUnitsOwnOfficerReadsThem() {
        String task = "/engine-rest/task/" + otherUnitsTask.getId();

        assertThat(requests.get("aq-tdp02.canbo", task + "/comment/" + comment.getId()).getBody()).contains("tổ trưởng");
        assertThat(requests.get("aq-tdp02.canbo", task + "/attachment/" + attachment.getId() + "/data").getBody())
                .isEqualTo("nội dung nội bộ");
    }

    @Test
    void theUnitsOfficerSetsAFollowUpDateButNotTheDueDateWhichOnlyAnAdministratorMoves() throws Exception {
        String task = "/engine-rest/task/" + otherUnitsTask.getId();

        ResponseEntity<String> moved = requests.send("aq-tdp02.canbo", HttpMethod.PUT, task,
                "{\"name\":\"Học tập, quán triệt\",\"due\":\"2027-03-31T23:59:59.000+0700\"}", MediaType.APPLICATION_JSON);
        assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(requests.json(moved).path("message").asText()).isEqualTo(PlannedDueDates.REFUSAL);
        assertThat(taskService.createTaskQuery().taskId(otherUnitsTask.getId()).singleResult().getDueDate()).isNull();

        ResponseEntity<String> followUp = requests.send("aq-tdp02.canbo", HttpMethod.PUT, task,
                "{\"name\":\"Học tập, quán triệt\",\"followUp\":\"2027-01-15T08:00:00.000+0700\"}",
                MediaType.APPLICATION_JSON);
        assertThat(followUp.getStatusCode()).as(followUp.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(taskService.createTaskQuery().taskId(otherUnitsTask.getId()).singleResult().getFollowUpDate())
                .isNotNull();

        ResponseEntity<String> byAdministrator = requests.send("admin", HttpMethod.PUT, task,
                "{\"name\":\"Học tập, quán triệt\",\"due\":\"2027-03-31T23:59:59.000+0700\"}", MediaType.APPLICATION_JSON);
        assertThat(byAdministrator.getStatusCode()).as(byAdministrator.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(taskService.createTaskQuery().taskId(otherUnitsTask.getId()).singleResult().getDueDate())
                .isNotNull();
    }

    @Test
    void theUnitsOwnOfficerCommentsOnTheTaskAndReadsItsHistory() throws Exception {
        String task = "/engine-rest/task/" + otherUnitsTask.getId();

        ResponseEntity<String> created = requests.send("aq-tdp02.canbo", HttpMethod.POST, task + "/comment/create",
                "{\"message\":\"Đã liên hệ tổ trưởng, tuần sau họp\"}", MediaType.APPLICATION_JSON);
        ResponseEntity<String> claimed = requests.send("aq-tdp02.canbo", HttpMethod.POST, task + "/claim",
                "{\"userId\":\"aq-tdp02.canbo\"}", MediaType.APPLICATION_JSON);

        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(claimed.getStatusCode()).as(claimed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(requests.get("aq-tdp02.canbo", task + "/comment").getBody())
                .contains("Đã liên hệ tổ trưởng, tuần sau họp", "Số điện thoại riêng của tổ trưởng");
        assertThat(requests.json(requests.get("aq-tdp02.canbo",
                "/engine-rest/history/user-operation?taskId=" + otherUnitsTask.getId())).findValuesAsText("operationType"))
                .contains("Claim");
        assertThat(requests.json(requests.get("aq-tdp02.canbo",
                "/engine-rest/history/task?taskId=" + otherUnitsTask.getId()))).hasSize(1);
    }

    @Test
    void anOfficerOfAnotherUnitNeitherCommentsNorReadsTheHistory() throws Exception {
        String task = "/engine-rest/task/" + otherUnitsTask.getId();
        identityService.setAuthentication("aq-tdp02.canbo", List.of("aq-tdp02"));
        taskService.claim(otherUnitsTask.getId(), "aq-tdp02.canbo");
        identityService.clearAuthentication();

        ResponseEntity<String> created = requests.send("aq-tdp01.canbo", HttpMethod.POST, task + "/comment/create",
                "{\"message\":\"Ý kiến của đơn vị khác\"}", MediaType.APPLICATION_JSON);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(taskService.getTaskComments(otherUnitsTask.getId())).extracting(Comment::getFullMessage)
                .containsExactly("Số điện thoại riêng của tổ trưởng");
        assertThat(requests.json(requests.get("aq-tdp01.canbo",
                "/engine-rest/history/user-operation?taskId=" + otherUnitsTask.getId()))).isEmpty();
        assertThat(requests.json(requests.get("aq-tdp01.canbo",
                "/engine-rest/history/task?taskId=" + otherUnitsTask.getId()))).isEmpty();
        assertThat(requests.json(requests.get("aq-tdp02.canbo",
                "/engine-rest/history/user-operation?taskId=" + otherUnitsTask.getId()))).isNotEmpty();
    }

    @Test
    void theHistoryNamesItsPeopleForTheUnitAndNobodyElseLearnsThem() throws Exception {
        String people = "/api/tasks/" + otherUnitsTask.getId() + "/people";
        requests.send("aq-tdp02.canbo", HttpMethod.POST, "/engine-rest/task/" + otherUnitsTask.getId() + "/claim",
                "{\"userId\":\"aq-tdp02.canbo\"}", MediaType.APPLICATION_JSON);

        var names = requests.json(requests.get("aq-tdp02.canbo", people));

        assertThat(names.path("users").path("aq-tdp02.canbo").asText())
                .isEqualTo(identityService.createUserQuery().userId("aq-tdp02.canbo").singleResult().getFirstName() + " "
                        + identityService.createUserQuery().userId("aq-tdp02.canbo").singleResult().getLastName())
                .doesNotContain("aq-tdp02");
        assertThat(names.path("users").size()).as("the claimer, who also wrote the comment").isEqualTo(1);
        ResponseEntity<String> foreign = requests.get("aq-tdp01.canbo", people);
        assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(foreign.getBody()).doesNotContain("aq-tdp02.canbo").contains("Mã công việc");
        assertThat(requests.get(null, people).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(requests.get("aq-tdp02.canbo", "/api/tasks/khong-co/people").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aTaskCreatedBeforeHistoryGrantsGetsItsUnitsGrantAtTheNextStart() {
        authorizationService.createAuthorizationQuery().resourceType(Resources.HISTORIC_TASK)
                .resourceId(otherUnitsTask.getId()).list()
                .forEach(grant -> authorizationService.deleteAuthorization(grant.getId()));
        String create = "/engine-rest/task/" + otherUnitsTask.getId() + "/comment/create";
        String body = "{\"message\":\"Đã liên hệ tổ trưởng\"}";
        ResponseEntity<String> before = requests.send("aq-tdp02.canbo", HttpMethod.POST, create, body,
                MediaType.APPLICATION_JSON);

        historicTaskGrants.run(null);
        historicTaskGrants.run(null);

        assertThat(before.getStatusCode()).as("an old task without the grant").isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.HISTORIC_TASK)
                .resourceId(otherUnitsTask.getId()).groupIdIn("aq-tdp02").count()).isEqualTo(1);
        assertThat(requests.send("aq-tdp02.canbo", HttpMethod.POST, create, body, MediaType.APPLICATION_JSON)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(requests.send("aq-tdp01.canbo", HttpMethod.POST, create, body, MediaType.APPLICATION_JSON)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
}

package vn.trienkhai.notification.extension;

import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.trienkhai.security.CurrentUser;

/** {@code POST /api/tasks/{taskId}/extension-requests}: starts deadline-extension for the caller. */
@RestController
class ExtensionController {

    record ExtensionRequest(LocalDate newDueDate, String reason) {
    }

    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final FormService formService;
    private final RepositoryService repositoryService;

    ExtensionController(RuntimeService runtimeService, IdentityService identityService, FormService formService,
                        RepositoryService repositoryService) {
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.formService = formService;
        this.repositoryService = repositoryService;
    }

    @org.springframework.web.bind.annotation.ExceptionHandler(org.camunda.bpm.engine.BadUserRequestException.class)
    org.springframework.http.ProblemDetail invalid(org.camunda.bpm.engine.BadUserRequestException exception) {
        org.springframework.http.ProblemDetail problem = org.springframework.http.ProblemDetail
                .forStatusAndDetail(org.springframework.http.HttpStatus.BAD_REQUEST, exception.getMessage());
        problem.setTitle("Đề nghị gia hạn không hợp lệ");
        return problem;
    }

    @PostMapping("/api/tasks/{taskId}/extension-requests")
    ResponseEntity<Map<String, Object>> request(@PathVariable String taskId, @RequestBody ExtensionRequest request,
                                                CurrentUser user) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ExtensionProcess.TASK_ID, taskId);
        variables.put(ExtensionProcess.NEW_DUE_DATE, request.newDueDate() == null ? null : request.newDueDate().toString());
        variables.put(ExtensionProcess.REASON, request.reason());
        identityService.setAuthentication(user.userId(), user.groupIds());
        try {
            String instanceId = formService.submitStartForm(latestDefinitionId(), variables).getId();
            Object extensionId = runtimeService.getVariable(instanceId, ExtensionProcess.EXTENSION_ID);
            return ResponseEntity.created(URI.create("/engine-rest/process-instance/" + instanceId))
                    .body(Map.of("processInstanceId", instanceId, "extensionId", extensionId));
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** Through the start form, as from Tasklist: the only way an officer may start the process. */
    private String latestDefinitionId() {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(ExtensionProcess.KEY)
                .latestVersion().singleResult().getId();
    }
}

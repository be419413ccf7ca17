package vn.trienkhai.notification.extension;

import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.trienkhai.security.CurrentUser;

/**
 * {@code /api/tasks/{taskId}/extension-requests}: what a request from the task would say (GET,
 * for the form opened from the task), and the request itself (POST, starts deadline-extension).
 */
@RestController
class ExtensionController {

    record ExtensionRequest(LocalDate newDueDate, String reason) {
    }

    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final FormService formService;
    private final RepositoryService repositoryService;
    private final ExtensionService extensions;

    ExtensionController(RuntimeService runtimeService, IdentityService identityService, FormService formService,
                        RepositoryService repositoryService, ExtensionService extensions) {
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.formService = formService;
        this.repositoryService = repositoryService;
        this.extensions = extensions;
    }

    @ExceptionHandler({BadUserRequestException.class, FormFieldValidationException.class})
    ProblemDetail invalid(ProcessEngineException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, exception.getMessage());
        problem.setTitle("Đề nghị gia hạn không hợp lệ");
        return problem;
    }

    @GetMapping("/api/tasks/{taskId}/extension-requests/draft")
    ExtensionDraft draft(@PathVariable String taskId, CurrentUser user) {
        return extensions.draft(taskId, user);
    }

    /**
     * Started through the start form as the officer; the new request's id is read afterwards by the
     * application itself, since the officer may start the process but is not granted READ on it.
     */
    @PostMapping("/api/tasks/{taskId}/extension-requests")
    ResponseEntity<Map<String, Object>> request(@PathVariable String taskId, @RequestBody ExtensionRequest request,
                                                CurrentUser user) {
        extensions.draft(taskId, user);
        Map<String, Object> variables = new HashMap<>();
        variables.put(ExtensionProcess.TASK_ID, taskId);
        variables.put(ExtensionProcess.NEW_DUE_DATE, request.newDueDate() == null ? null : request.newDueDate().toString());
        variables.put(ExtensionProcess.REASON, request.reason());
        String instanceId;
        identityService.setAuthentication(user.userId(), user.groupIds());
        try {
            instanceId = formService.submitStartForm(latestDefinitionId(), variables).getId();
        } finally {
            identityService.clearAuthentication();
        }
        Object extensionId = runtimeService.getVariable(instanceId, ExtensionProcess.EXTENSION_ID);
        return ResponseEntity.created(URI.create("/engine-rest/process-instance/" + instanceId))
                .body(Map.of("processInstanceId", instanceId, "extensionId", extensionId));
    }

    /** Through the start form, as from Tasklist: the only way an officer may start the process. */
    private String latestDefinitionId() {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(ExtensionProcess.KEY)
                .latestVersion().singleResult().getId();
    }
}

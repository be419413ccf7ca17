package vn.trienkhai.notification.extension;

import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
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
    private final ExtensionService extensions;

    ExtensionController(RuntimeService runtimeService, IdentityService identityService, ExtensionService extensions) {
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.extensions = extensions;
    }

    @ExceptionHandler(BadUserRequestException.class)
    ProblemDetail invalid(BadUserRequestException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, exception.getMessage());
        problem.setTitle("Đề nghị gia hạn không hợp lệ");
        return problem;
    }

    @GetMapping("/api/tasks/{taskId}/extension-requests/draft")
    ExtensionDraft draft(@PathVariable String taskId, CurrentUser user) {
        return extensions.draft(taskId, user);
    }

    /**
     * The instance's variables come back with the start: the officer may start the process but
     * is not granted READ on it, so reading a variable afterwards would be refused.
     */
    @PostMapping("/api/tasks/{taskId}/extension-requests")
    ResponseEntity<Map<String, Object>> request(@PathVariable String taskId, @RequestBody ExtensionRequest request,
                                                CurrentUser user) {
        extensions.draft(taskId, user);
        Map<String, Object> variables = new HashMap<>();
        variables.put(ExtensionProcess.TASK_ID, taskId);
        variables.put(ExtensionProcess.NEW_DUE_DATE, request.newDueDate() == null ? null : request.newDueDate().toString());
        variables.put(ExtensionProcess.REASON, request.reason());
        identityService.setAuthentication(user.userId(), user.groupIds());
        try {
            ProcessInstanceWithVariables instance = runtimeService.createProcessInstanceByKey(ExtensionProcess.KEY)
                    .setVariables(variables).executeWithVariablesInReturn();
            return ResponseEntity.created(URI.create("/engine-rest/process-instance/" + instance.getId()))
                    .body(Map.of("processInstanceId", instance.getId(),
                            "extensionId", instance.getVariables().get(ExtensionProcess.EXTENSION_ID)));
        } finally {
            identityService.clearAuthentication();
        }
    }
}

package vn.trienkhai.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A task's comments and attachments, read or written by id through {@code /engine-rest} or the
 * webapps' engine API: the engine fetches them by task id and record id without asking whether the
 * caller may see the task. Here the caller must find the task (open, or in history) with their
 * own authorizations; otherwise the answer is 404, as if it did not exist.
 */
class TaskRecordGuard extends HttpFilter {

    private static final Logger log = LoggerFactory.getLogger(TaskRecordGuard.class);

    private final Pattern taskRecord;
    private final ApiAuthenticator sessions;
    private final IdentityService identityService;
    private final TaskService taskService;
    private final HistoryService historyService;

    TaskRecordGuard(String webappPath, ApiAuthenticator sessions, IdentityService identityService,
                    TaskService taskService, HistoryService historyService) {
        this.taskRecord = Pattern.compile("^(?:/engine-rest|" + Pattern.quote(RequestPaths.normalise(webappPath))
                + "/api/engine/engine/[^/]+)/task/([^/]+)/(?:comment|attachment)(?:/.*)?$");
        this.sessions = sessions;
        this.identityService = identityService;
        this.taskService = taskService;
        this.historyService = historyService;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Matcher match = taskRecord.matcher(RequestPaths.normalise(
                request.getRequestURI().substring(request.getContextPath().length())));
        if (!match.matches()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<EngineAuthentication.Caller> caller = caller(request);
        if (caller.isPresent() && !mayReadTask(caller.get(), match.group(1))) {
            log.warn("Refused {} {} of {}: task not visible to the user", request.getMethod(),
                    request.getRequestURI(), caller.get().userId());
            Problems.taskNotFound(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The engine REST filter has set the user already; the webapps keep theirs in the session. */
    private Optional<EngineAuthentication.Caller> caller(HttpServletRequest request) {
        Optional<EngineAuthentication.Caller> current = EngineAuthentication.caller(identityService);
        if (current.isPresent()) {
            return current;
        }
        return sessions.authenticate(request)
                .map(user -> new EngineAuthentication.Caller(user.userId(), user.groupIds(), user.tenantIds()));
    }

    private boolean mayReadTask(EngineAuthentication.Caller caller, String taskId) {
        return EngineAuthentication.as(identityService, caller, () -> taskService.createTaskQuery().taskId(taskId).count() > 0
                || historyService.createHistoricTaskInstanceQuery().taskId(taskId).count() > 0);
    }
}

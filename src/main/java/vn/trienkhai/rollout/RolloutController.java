package vn.trienkhai.rollout;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
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

@RestController
class RolloutController {

    private final RolloutService rollouts;
    private final RolloutQueries queries;

    RolloutController(RolloutService rollouts, RolloutQueries queries) {
        this.rollouts = rollouts;
        this.queries = queries;
    }

    /** Optional body of a start request; {@code acceptPastDeadlines} confirms a start with deadlines already past. */
    record StartRequest(LocalDate rolloutOn, Boolean acceptPastDeadlines) {
    }

    @PostMapping("/api/plans/{planId}/rollouts")
    ResponseEntity<RolloutView> start(@PathVariable long planId, @RequestBody(required = false) StartRequest request,
                                      CurrentUser user) {
        Rollout rollout = rollouts.start(planId, request == null ? null : request.rolloutOn(),
                request != null && Boolean.TRUE.equals(request.acceptPastDeadlines()), user);
        return ResponseEntity.created(URI.create("/api/plans/" + planId + "/rollouts/" + rollout.getId()))
                .body(queries.view(rollout));
    }

    @GetMapping("/api/plans/{planId}/rollouts")
    List<RolloutView> list(@PathVariable long planId, CurrentUser user) {
        return queries.ofPlan(planId, user);
    }

    @GetMapping("/api/rollouts/{rolloutId}/progress")
    List<RolloutView.Progress> progress(@PathVariable long rolloutId, CurrentUser user) {
        return queries.progress(rolloutId, user);
    }

    @GetMapping("/api/rollouts/startable-plans")
    List<RolloutView.StartablePlan> startable(CurrentUser user) {
        return queries.startable(user);
    }

    @ExceptionHandler(AuthorizationException.class)
    ProblemDetail forbidden(AuthorizationException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "Bạn không có quyền triển khai kế hoạch này");
        problem.setTitle("Không có quyền");
        problem.setType(URI.create("urn:trienkhai:problem:forbidden"));
        return problem;
    }
}

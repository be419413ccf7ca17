package vn.trienkhai.plantask;

import java.time.Instant;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.trienkhai.organisation.OrganisationUnit;
import vn.trienkhai.plan.PlanTaskAppender;
import vn.trienkhai.rollout.PlanRolloutProcess;
import vn.trienkhai.rollout.Rollout;
import vn.trienkhai.rollout.RolloutRounds;
import vn.trienkhai.security.AccessProvisioning;
import vn.trienkhai.security.CurrentUser;
import vn.trienkhai.security.EngineAuthentication;
import vn.trienkhai.system.EngineClock;
import vn.trienkhai.system.WorkVariables;

/**
 * Start of plan-task-addition: the form is checked as a whole (a refusal rolls the start back, so
 * nothing is stored), then the task is appended to the plan and the instance carries what its call
 * of plan-task passes in, as plan-rollout does for the plan's own tasks.
 */
@Component("planTaskAdditionListener")
class PlanTaskAdditionListener implements ExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(PlanTaskAdditionListener.class);

    private final PlanTaskAdditionForm form;
    private final PlanTaskAppender appender;
    private final RolloutRounds rounds;
    private final AccessProvisioning access;
    private final IdentityService identityService;

    PlanTaskAdditionListener(PlanTaskAdditionForm form, PlanTaskAppender appender, RolloutRounds rounds,
                             AccessProvisioning access, IdentityService identityService) {
        this.form = form;
        this.appender = appender;
        this.rounds = rounds;
        this.access = access;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateExecution execution) {
        CurrentUser user = EngineAuthentication.current(identityService).orElse(null);
        PlanTaskAddition addition = form.read(execution, user);
        Rollout rollout = addition.rollout();
        long planId = rollout.getPlan().getId();
        long taskId = appender.append(planId, addition.title(), addition.lead(), addition.coordinators(),
                addition.deadline(), addition.output());
        access.grantReadProcessDefinition(Stream.concat(Stream.of(addition.lead()), addition.coordinators().stream())
                .map(OrganisationUnit::getCamundaGroupId).distinct().toList(), PlanTaskProcess.KEY);
        execution.setProcessBusinessKey(WorkVariables.planBusinessKey(planId));
        execution.setVariable(PlanRolloutProcess.PLAN_ID, planId);
        execution.setVariable(PlanRolloutProcess.ROLLOUT_ID, rollout.getId());
        execution.setVariable(PlanTaskProcess.PLAN_TASK_ID, taskId);
        execution.setVariable(PlanTaskProcess.ROUND_COUNT, rounds.of(rollout).size());
        execution.setVariable(PlanTaskProcess.TASK_ROUND, firstOpenRound(rollout));
        log.info("Task {} added to plan {} (rollout {}) by {}", taskId, planId, rollout.getId(),
                user == null ? "the application" : user.userId());
    }

    /** A continuous task added mid-way reports from the round whose cut-off is still ahead, not for rounds past. */
    private int firstOpenRound(Rollout rollout) {
        Instant now = EngineClock.now();
        int count = rounds.of(rollout).size();
        for (int round = 1; round <= count; round++) {
            if (rounds.opensAt(rollout, round).toInstant().isAfter(now)) {
                return round;
            }
        }
        return count + 1;
    }
}

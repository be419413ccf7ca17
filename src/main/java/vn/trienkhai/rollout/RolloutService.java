package vn.trienkhai.rollout;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.trienkhai.deadline.DeadlineCalculator;
import vn.trienkhai.organisation.OrganisationUnit;
import vn.trienkhai.organisation.UnitRepository;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.PlanAccess;
import vn.trienkhai.plan.PlanRepository;
import vn.trienkhai.security.CurrentUser;
import vn.trienkhai.system.ConflictException;
import vn.trienkhai.system.NotFoundException;

/** Starts rollouts and keeps the rollout rows in step with their plan-rollout process instances. */
@Service
@Transactional
public class RolloutService {

    private final RolloutRepository rollouts;
    private final PlanRepository plans;
    private final UnitRepository units;
    private final RuntimeService runtimeService;
    private final RolloutRounds rounds;
    private final DeadlineCalculator calculator;

    RolloutService(RolloutRepository rollouts, PlanRepository plans, UnitRepository units,
                   RuntimeService runtimeService, RolloutRounds rounds, DeadlineCalculator calculator) {
        this.rollouts = rollouts;
        this.plans = plans;
        this.units = units;
        this.runtimeService = runtimeService;
        this.rounds = rounds;
        this.calculator = calculator;
    }

    /** Rolls the plan out for a user who manages it (403 otherwise), as {@link #start(long, LocalDate)}. */
    public Rollout start(long planId, LocalDate rolloutOn, CurrentUser user) {
        PlanAccess.checkManage(plan(planId), user, "triển khai kế hoạch");
        return start(planId, rolloutOn);
    }

    /** Rolls the plan out (404 for an unknown plan, 409 when it is rolling out already). */
    public Rollout start(long planId, LocalDate rolloutOn) {
        plan(planId);
        requireNotRunning(planId);
        Map<String, Object> variables = rolloutOn == null
                ? Map.of(PlanRolloutProcess.PLAN_ID, planId)
                : Map.of(PlanRolloutProcess.PLAN_ID, planId, PlanRolloutProcess.ROLLOUT_ON, rolloutOn.toString());
        String instanceId = runtimeService.startProcessInstanceByKey(PlanRolloutProcess.KEY, businessKey(planId),
                variables).getId();
        return rollouts.findByProcessInstanceId(instanceId)
                .orElseThrow(() -> new IllegalStateException("No rollout for instance " + instanceId));
    }

    public boolean isRunning(long planId) {
        return rollouts.existsByPlanIdAndParentRolloutIsNullAndStatus(planId, RolloutStatus.RUNNING);
    }

    /**
     * Start listener of plan-rollout: records the rollout (a plan's own, or a cascade's) and its
     * round count. A top-level start by a user (Tasklist's start form, the engine's REST API) is
     * refused unless the user manages the plan; a start without a user is the application's own.
     */
    public void register(DelegateExecution execution, CurrentUser startedBy) {
        Rollout rollout = execution.hasVariable(PlanRolloutProcess.PARENT_ROLLOUT_ID)
                ? cascade(execution) : top(execution, startedBy);
        rollout.startedAs(execution.getProcessInstanceId());
        execution.setVariable(PlanRolloutProcess.ROLLOUT_ID, rollout.getId());
        execution.setVariable(PlanRolloutProcess.PLAN_ID, rollout.getPlan().getId());
        execution.setVariable(PlanRolloutProcess.ROUND_SEQUENCE, 1);
        execution.setVariable(PlanRolloutProcess.ROUND_COUNT, rounds.of(rollout).size());
    }

    /** End listener of plan-rollout. */
    public void complete(long rolloutId) {
        rollouts.findById(rolloutId).ifPresent(Rollout::complete);
    }

    private Rollout top(DelegateExecution execution, CurrentUser startedBy) {
        Object planVariable = execution.getVariable(PlanRolloutProcess.PLAN_ID);
        if (!(planVariable instanceof Number)) {
            throw new BadUserRequestException("Kế hoạch: hãy chọn kế hoạch cần triển khai");
        }
        long planId = ((Number) planVariable).longValue();
        Plan plan = plans.findById(planId)
                .orElseThrow(() -> new BadUserRequestException("Kế hoạch: không tìm thấy kế hoạch " + planId));
        if (startedBy != null && !PlanAccess.mayManage(plan, startedBy)) {
            throw new AuthorizationException("Kế hoạch: chỉ quản trị viên, đơn vị ban hành và cơ quan chủ trì"
                    + " của kế hoạch được triển khai kế hoạch này");
        }
        if (isRunning(planId)) {
            throw new BadUserRequestException("Kế hoạch: kế hoạch " + planId + " đang được triển khai");
        }
        return rollouts.saveAndFlush(Rollout.top(plan, rolloutDate(execution), now(),
                startedBy == null ? null : startedBy.userId()));
    }

    private Rollout cascade(DelegateExecution execution) {
        long parentId = ((Number) execution.getVariable(PlanRolloutProcess.PARENT_ROLLOUT_ID)).longValue();
        String unitCode = (String) execution.getVariable(PlanRolloutProcess.CASCADING_UNIT_CODE);
        Rollout parent = rollouts.findById(parentId)
                .orElseThrow(() -> new IllegalStateException("No parent rollout " + parentId));
        OrganisationUnit unit = units.findByCode(unitCode)
                .orElseThrow(() -> new IllegalStateException("No unit " + unitCode));
        return rollouts.findByParentRolloutIdAndLeadUnitId(parentId, unit.getId())
                .orElseGet(() -> rollouts.saveAndFlush(Rollout.cascade(parent, unit, now())));
    }

    private Plan plan(long planId) {
        return plans.findById(planId).orElseThrow(() -> new NotFoundException("Không tìm thấy kế hoạch " + planId));
    }

    private void requireNotRunning(long planId) {
        if (isRunning(planId)) {
            throw new ConflictException("Kế hoạch " + planId + " đang được triển khai; không thể triển khai lần nữa");
        }
    }

    private LocalDate rolloutDate(DelegateExecution execution) {
        Object value = execution.getVariable(PlanRolloutProcess.ROLLOUT_ON);
        if (value instanceof Date) {
            return LocalDate.ofInstant(((Date) value).toInstant(), calculator.zone());
        }
        if (value instanceof String && !((String) value).isBlank()) {
            return LocalDate.parse(((String) value).substring(0, 10));
        }
        return LocalDate.ofInstant(now(), calculator.zone());
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    static String businessKey(long planId) {
        return "plan-" + planId;
    }
}

package vn.trienkhai.rollout;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.trienkhai.deadline.DeadlineCalculator;
import vn.trienkhai.deadline.VietnameseDates;
import vn.trienkhai.organisation.OrganisationUnit;
import vn.trienkhai.organisation.UnitRepository;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.PlanAccess;
import vn.trienkhai.plan.PlanRepository;
import vn.trienkhai.security.CurrentUser;
import vn.trienkhai.system.ConflictException;
import vn.trienkhai.system.EngineClock;
import vn.trienkhai.system.FormRefusedException;
import vn.trienkhai.system.NotFoundException;
import vn.trienkhai.system.WorkVariables;

/** Starts rollouts and keeps the rollout rows in step with their plan-rollout process instances. */
@Service
@Transactional
public class RolloutService {

    private static final DateTimeFormatter DATES = VietnameseDates.DAY;

    private final RolloutRepository rollouts;
    private final PlanRepository plans;
    private final UnitRepository units;
    private final RuntimeService runtimeService;
    private final RolloutRounds rounds;
    private final DeadlineCalculator calculator;
    private final PastDeadlines pastDeadlines;

    RolloutService(RolloutRepository rollouts, PlanRepository plans, UnitRepository units,
                   RuntimeService runtimeService, RolloutRounds rounds, DeadlineCalculator calculator,
                   PastDeadlines pastDeadlines) {
        this.rollouts = rollouts;
        this.plans = plans;
        this.units = units;
        this.runtimeService = runtimeService;
        this.rounds = rounds;
        this.calculator = calculator;
        this.pastDeadlines = pastDeadlines;
    }

    /**
     * Rolls the plan out for a user who manages it (403 otherwise), as {@link #start(long, LocalDate)}.
     * When some of its deadlines would already be past on the rollout day, the user is told which
     * (409) and the rollout starts only once {@code acceptPastDeadlines} confirms it.
     */
    public Rollout start(long planId, LocalDate rolloutOn, boolean acceptPastDeadlines, CurrentUser user) {
        Plan plan = plan(planId);
        PlanAccess.checkManage(plan, user, "triển khai kế hoạch");
        requireNotRunning(planId);
        LocalDate day = rolloutOn != null ? rolloutOn : today();
        List<String> passed = acceptPastDeadlines ? List.of() : pastDeadlines.of(plan, day, EngineClock.now());
        if (!passed.isEmpty()) {
            throw new ConflictException(pastDeadlinesWarning(day, passed)
                    + " Hãy chọn ngày triển khai khác, hoặc gửi lại với \"acceptPastDeadlines\": true nếu vẫn muốn"
                    + " triển khai như vậy.");
        }
        return start(planId, day);
    }

    /**
     * Rolls the plan out (404 for an unknown plan, 409 when it is rolling out already). The caller
     * has dealt with deadlines already past: the application's own starts, or a user who confirmed.
     */
    public Rollout start(long planId, LocalDate rolloutOn) {
        plan(planId);
        requireNotRunning(planId);
        Map<String, Object> variables = new HashMap<>(Map.of(PlanRolloutProcess.PLAN_ID, planId,
                PlanRolloutProcess.ACCEPT_PAST_DEADLINES, true));
        if (rolloutOn != null) {
            variables.put(PlanRolloutProcess.ROLLOUT_ON, rolloutOn.toString());
        }
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
        LocalDate rolloutOn = rolloutDate(execution);
        if (startedBy != null && !Boolean.TRUE.equals(execution.getVariable(PlanRolloutProcess.ACCEPT_PAST_DEADLINES))) {
            List<String> passed = pastDeadlines.of(plan, rolloutOn, EngineClock.now());
            if (!passed.isEmpty()) {
                throw new FormRefusedException(PlanRolloutProcess.ROLLOUT_ON, "Ngày triển khai: "
                        + pastDeadlinesWarning(rolloutOn, passed)
                        + " Hãy chọn ngày triển khai khác, hoặc đánh dấu «Vẫn triển khai dù có hạn đã qua».");
            }
        }
        return rollouts.saveAndFlush(Rollout.top(plan, rolloutOn, EngineClock.now(),
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
                .orElseGet(() -> rollouts.saveAndFlush(Rollout.cascade(parent, unit, EngineClock.now())));
    }

    private static String pastDeadlinesWarning(LocalDate rolloutOn, List<String> passed) {
        return "Nếu triển khai từ ngày " + DATES.format(rolloutOn) + ", " + passed.size()
                + " thời hạn đã qua và sẽ được ghi là trễ hạn ngay khi bắt đầu (" + String.join("; ", passed) + ").";
    }

    private LocalDate today() {
        return EngineClock.today(calculator.zone());
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
        if (value instanceof String text && !text.isBlank()) {
            try {
                return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
            } catch (java.time.format.DateTimeParseException wrong) {
                throw new BadUserRequestException("Ngày triển khai: «" + text + "» không phải là một ngày có thật;"
                        + " hãy nhập theo dạng ngày/tháng/năm, ví dụ 04/05/2027");
            }
        }
        return today();
    }

    static String businessKey(long planId) {
        return WorkVariables.planBusinessKey(planId);
    }
}

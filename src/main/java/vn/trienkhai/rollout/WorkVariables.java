package vn.trienkhai.rollout;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The contract of the ids every instance of a plan's work carries (plan-rollout, unit-implementation,
 * reporting-round, plan-task, deadline-extension): which plan, which rollout, which unit, which
 * reporting round. Written only by the processes of the rollout and their start listeners; other
 * features read them through these methods, never by their names, and get {@code null} where a
 * process does not carry one (a task outside any plan).
 */
public final class WorkVariables {

    public static final String PLAN_ID = PlanRolloutProcess.PLAN_ID;
    public static final String ROLLOUT_ID = PlanRolloutProcess.ROLLOUT_ID;
    public static final String UNIT_CODE = UnitImplementationProcess.UNIT_CODE;
    public static final String ROUND_SEQUENCE = PlanRolloutProcess.ROUND_SEQUENCE;

    private WorkVariables() {
    }

    public static Long planId(VariableScope scope) {
        return number(scope.getVariable(PLAN_ID));
    }

    public static Long rolloutId(VariableScope scope) {
        return number(scope.getVariable(ROLLOUT_ID));
    }

    public static String unitCode(VariableScope scope) {
        return scope.getVariable(UNIT_CODE) instanceof String code ? code : null;
    }

    public static Integer roundSequence(VariableScope scope) {
        Long sequence = number(scope.getVariable(ROUND_SEQUENCE));
        return sequence == null ? null : sequence.intValue();
    }

    /** A stored id as a long, whichever integer type the engine kept it in. */
    public static Long number(Object value) {
        return value instanceof Number number ? number.longValue() : null;
    }
}

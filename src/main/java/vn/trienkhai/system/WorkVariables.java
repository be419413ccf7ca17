package vn.trienkhai.system;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The contract of the ids every instance of a plan's work carries (plan-rollout, unit-implementation,
 * reporting-round, plan-task, deadline-extension): which plan, which rollout, which unit, which
 * reporting round. Written only by the processes of the rollout and plan-task features and their
 * start listeners (whose process constants are these names); every feature reads them through
 * these methods, never by literal names, and gets {@code null} where a process does not carry one
 * (a task outside any plan). It sits in {@code system} so that reading it makes no feature depend
 * on another.
 */
public final class WorkVariables {

    public static final String PLAN_ID = "planId";
    public static final String ROLLOUT_ID = "rolloutId";
    public static final String UNIT_CODE = "unitCode";
    public static final String ROUND_SEQUENCE = "roundSequence";

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

    /** The business key of every instance of a plan's work: how Tasklist and Cockpit find a plan's tasks. */
    public static String planBusinessKey(long planId) {
        return "plan-" + planId;
    }

    /** A stored id as a long, whichever integer type the engine kept it in. */
    public static Long number(Object value) {
        return value instanceof Number number ? number.longValue() : null;
    }
}

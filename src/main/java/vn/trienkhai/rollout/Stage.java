package vn.trienkhai.rollout;

import java.util.Map;

/** The stages a unit goes through in a rollout, each one user task of unit-implementation. */
public enum Stage {
    STUDY,
    DISSEMINATE,
    UNIT_PLAN,
    REVIEW,
    IMPLEMENT;

    private static final Map<String, Stage> BY_TASK = Map.of(
            UnitImplementationProcess.STUDY, STUDY,
            UnitImplementationProcess.DISSEMINATE, DISSEMINATE,
            UnitImplementationProcess.SUBMIT_UNIT_PLAN, UNIT_PLAN,
            UnitImplementationProcess.REVIEW_UNIT_PLAN, REVIEW,
            UnitImplementationProcess.IMPLEMENT_PLAN, IMPLEMENT);

    static Stage ofTask(String taskDefinitionKey) {
        Stage stage = BY_TASK.get(taskDefinitionKey);
        if (stage == null) {
            throw new IllegalArgumentException("No stage for task " + taskDefinitionKey);
        }
        return stage;
    }
}

package vn.trienkhai.tasklist;

/**
 * The plan a rollout implements. Answered by rollout, which owns the table and depends on this
 * package (its listeners name their tasks here), so the question is asked through this interface.
 */
public interface RolloutPlans {

    /** The rollout's plan, or null for an unknown rollout. */
    Long planOf(long rolloutId);
}

package vn.trienkhai.rollout;

/** A rollout is running until its process instance ends. */
public enum RolloutStatus {
    RUNNING,
    COMPLETED
}

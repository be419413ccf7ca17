package vn.trienkhai.rollout;

/** A cascade goes at most this many levels below the plan's own rollout. */
final class RolloutLimits {

    static final int MAX_LEVEL = 2;

    private RolloutLimits() {
    }
}

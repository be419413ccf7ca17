package vn.trienkhai.notification;

import vn.trienkhai.plan.EscalationPolicy;

/** The numbers of a ladder: the application defaults, or a plan's own. */
record LadderSettings(int reminderWorkingDaysBefore, int unitHeadAfterDays, int leadOfficeAfterWorkingDays,
                      int leadershipAfterWorkingDays, int repeatEveryDays) {

    static final LadderSettings DEFAULTS = new LadderSettings(3, 1, 2, 5, 7);

    /** These settings overridden by whatever the plan sets. */
    LadderSettings with(EscalationPolicy policy) {
        if (policy == null) {
            return this;
        }
        return new LadderSettings(or(policy.reminderWorkingDaysBefore(), reminderWorkingDaysBefore),
                or(policy.unitHeadAfterDays(), unitHeadAfterDays),
                or(policy.leadOfficeAfterWorkingDays(), leadOfficeAfterWorkingDays),
                or(policy.leadershipAfterWorkingDays(), leadershipAfterWorkingDays),
                or(policy.repeatEveryDays(), repeatEveryDays));
    }

    private static int or(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}

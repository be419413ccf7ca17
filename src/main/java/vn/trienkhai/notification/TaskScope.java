package vn.trienkhai.notification;

import java.util.List;

/**
 * A task's context for recipients: its plan and unit (from the variables {@code planId} and
 * {@code unitCode}) when known, and its candidate groups as the fallback.
 */
record TaskScope(RecipientDirectory.PlanContacts plan, RecipientDirectory.Unit unit, List<String> candidateGroups,
                 LadderSettings settings) {

    String planLabel() {
        return plan == null ? "Không thuộc kế hoạch" : plan.label();
    }

    String planReference() {
        return plan == null ? "" : plan.reference();
    }

    Integer unitPosition() {
        return plan == null ? null : plan.position(unit);
    }

    String unitName() {
        if (unit != null) {
            return unit.name();
        }
        return candidateGroups.isEmpty() ? "" : String.join(", ", candidateGroups);
    }
}

package vn.trienkhai.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.trienkhai.organisation.OrganisationUnit;

/**
 * The nơi nhận of a plan's consolidated reports. A report goes up, "để báo cáo", not down the plan's own list: the
 * plan document's {@code reportRecipients} when given, otherwise the directive's issuer (or the issuer of the plan
 * this one implements), the issuing unit's superior in the organisation tree and the issuing body's leadership,
 * ending with the archive line as Nghị định 30/2020 (state) or Hướng dẫn 36-HD/VPTW (party) writes it.
 */
public final class ReportRecipients {

    static final String FOR_REPORTING = " (để báo cáo)";

    private ReportRecipients() {
    }

    /** The lines without list dash and end punctuation, which the writers add by layout. */
    public static List<String> of(Plan plan) {
        return plan.getReportRecipients().isEmpty() ? defaults(plan) : List.copyOf(plan.getReportRecipients());
    }

    static List<String> defaults(Plan plan) {
        OrganisationUnit issuing = plan.getIssuingUnit();
        Set<String> upward = new LinkedHashSet<>();
        if (plan.getDirective() != null) {
            upward.add(plan.getDirective().getIssuer());
        } else if (plan.getParentPlan() != null) {
            upward.add(plan.getParentPlan().getIssuingUnit().getName());
        }
        if (issuing.getParent() != null) {
            upward.add(issuing.getParent().getName());
        }
        List<String> lines = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String body : upward) {
            if (body != null && !body.isBlank() && seen.add(body.strip().toLowerCase(Locale.ROOT))) {
                lines.add(body.strip() + FOR_REPORTING);
            }
        }
        lines.add(leadership(plan) + FOR_REPORTING);
        lines.add(archive(plan));
        return List.copyOf(lines);
    }

    private static String leadership(Plan plan) {
        String name = plan.getIssuingUnit().getName();
        return plan.getLayout() == PlanLayout.PARTY ? "Thường trực " + name : "Lãnh đạo " + name;
    }

    /** "Lưu: VT, PKTHT" (the drafting office, the plan's first lead unit); "Lưu Văn phòng ..." for a party body. */
    private static String archive(Plan plan) {
        if (plan.getLayout() == PlanLayout.PARTY) {
            return "Lưu Văn phòng " + plan.getIssuingUnit().getName();
        }
        OrganisationUnit drafting = plan.getLeadUnits().isEmpty() ? plan.getIssuingUnit() : plan.getLeadUnits().get(0);
        return "Lưu: VT, " + shortCode(drafting.getCode(), plan.getIssuingUnit().getCode());
    }

    /** The unit's code without the prefix it shares with the issuing unit: AQ-PKTHT under AQ-UBND is PKTHT. */
    static String shortCode(String code, String issuingCode) {
        int dash = issuingCode.indexOf('-');
        String prefix = dash < 0 ? "" : issuingCode.substring(0, dash + 1);
        return !prefix.isEmpty() && code.startsWith(prefix) && code.length() > prefix.length()
                ? code.substring(prefix.length()) : code;
    }
}

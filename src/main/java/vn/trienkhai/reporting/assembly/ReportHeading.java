package vn.trienkhai.reporting.assembly;

import java.util.Locale;
import vn.trienkhai.organisation.OrganisationUnit;
import vn.trienkhai.plan.Directive;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.PlanLayout;
import vn.trienkhai.plan.Signer;
import vn.trienkhai.reporting.document.DocumentNumber;
import vn.trienkhai.reporting.document.IssuingBody;
import vn.trienkhai.reporting.document.Signature;

/**
 * The parts of the report taken from the plan: issuing body (the issuing unit under its parent, "Ủy ban nhân dân"
 * shortened to "UBND" as offices write it, so that "UBND PHƯỜNG ÁI QUỐC" holds on one line of the header), the number
 * left for the clerk ("/BC-UBND", Party "-BC/TU"), the trích yếu and the signature block.
 */
public final class ReportHeading {

    static final String STATE_SYMBOL = "/BC-UBND";
    static final String PARTY_SYMBOL = "-BC/TU";

    private ReportHeading() {
    }

    static IssuingBody issuingBody(Plan plan) {
        OrganisationUnit unit = plan.getIssuingUnit();
        String parent = unit.getParent() == null ? "" : shortened(unit.getParent().getName());
        return new IssuingBody(parent, shortened(unit.getName()));
    }

    static DocumentNumber number(Plan plan) {
        return DocumentNumber.blank(plan.getLayout() == PlanLayout.PARTY ? PARTY_SYMBOL : STATE_SYMBOL);
    }

    /** "quý III/2026" from "Quý III/2026": the label inside a sentence. */
    static String periodInText(String label) {
        return label.isEmpty() ? label : label.substring(0, 1).toLowerCase(Locale.forLanguageTag("vi")) + label.substring(1);
    }

    /** "Kết quả thực hiện Kế hoạch [số 71/KH-UBND] triển khai Chỉ thị số 08-CT/TU quý III/2026". */
    public static String subject(Plan plan, String periodLabel) {
        StringBuilder subject = new StringBuilder("Kết quả thực hiện Kế hoạch");
        String number = plan.getNumber();
        if (number != null && !number.isBlank() && Character.isDigit(number.charAt(0))) {
            subject.append(" số ").append(number);
        }
        Directive directive = plan.getDirective();
        if (directive != null && directive.getNumber() != null) {
            subject.append(" triển khai ").append(directiveKind(directive.getNumber())).append(" số ")
                    .append(directive.getNumber());
        }
        return subject.append(' ').append(periodInText(periodLabel)).toString();
    }

    /** The plan's signer; without one, the issuing unit's head under the head's title. */
    static Signature signature(Plan plan) {
        Signer signer = plan.getSigner();
        OrganisationUnit unit = plan.getIssuingUnit();
        if (signer != null && signer.name() != null) {
            String authority = blank(signer.authority());
            return new Signature(collective(unit, authority), authority, blank(signer.title()), signer.name());
        }
        String title = blank(unit.getHeadTitle()).toUpperCase(Locale.forLanguageTag("vi"));
        return new Signature(collective(unit, ""), "", title, blank(unit.getHeadName()));
    }

    /**
     * "TM. ỦY BAN NHÂN DÂN" above the chair's or a deputy's signature (Nghị định 30/2020/NĐ-CP, Phụ lục I,
     * mục II.8.a): a People's Committee or Council works collectively, so its documents are signed on behalf of
     * the body. Blank for an office, which has a head, and when the plan's authority line already says "TM.".
     */
    static String collective(OrganisationUnit unit, String authority) {
        String upper = authority.strip().toUpperCase(Locale.forLanguageTag("vi"));
        if (upper.startsWith("TM.") || upper.startsWith("T/M") || upper.startsWith("TL.") || upper.startsWith("TUQ.")) {
            return "";
        }
        String name = unit.getName().replace("Uỷ", "Ủy");
        if (name.startsWith("Ủy ban nhân dân") || name.startsWith("UBND")) {
            return "TM. ỦY BAN NHÂN DÂN";
        }
        return name.startsWith("Hội đồng nhân dân") || name.startsWith("HĐND") ? "TM. HỘI ĐỒNG NHÂN DÂN" : "";
    }

    private static String shortened(String name) {
        return name.replace("Ủy ban nhân dân", "UBND").replace("Uỷ ban nhân dân", "UBND");
    }

    static String directiveKind(String number) {
        if (number.contains("-NQ/")) {
            return "Nghị quyết";
        }
        if (number.contains("-KL/")) {
            return "Kết luận";
        }
        return number.contains("-CT/") ? "Chỉ thị" : "văn bản";
    }

    private static String blank(String text) {
        return text == null ? "" : text;
    }
}

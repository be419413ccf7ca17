package vn.trienkhai.reporting;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.trienkhai.organisation.OrganisationUnit;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.ReportRecipients;

/**
 * Who the approved report's mail goes to. The report's nơi nhận are free text; a line that names a unit of the
 * organisation tree ("Ban Thường vụ Thành ủy Hải Phòng (để báo cáo)" names Thành ủy Hải Phòng) is mailed at that
 * unit's address, the longest name found winning. The văn thư that registers and dispatches the report sits in the
 * issuing body's office (its sub-unit named "Văn phòng ..."); when that office has an address it gets the mail too.
 * When nothing resolves, the issuing body's own address gets it, so that the report is never mailed to no one.
 */
final class ReportAddressees {

    private static final String OFFICE = "văn phòng";

    private ReportAddressees() {
    }

    static List<ReportMail.Recipient> of(Plan plan, List<OrganisationUnit> units) {
        Map<String, ReportMail.Recipient> byAddress = new LinkedHashMap<>();
        for (String line : ReportRecipients.of(plan)) {
            named(line, units).ifPresent(unit -> add(byAddress, unit.getName(), address(unit)));
        }
        office(plan, units).ifPresent(office -> add(byAddress, clerk(plan, units), address(office)));
        if (byAddress.isEmpty()) {
            add(byAddress, plan.getIssuingUnit().getName(), address(plan.getIssuingUnit()));
        }
        return List.copyOf(byAddress.values());
    }

    /** "Văn thư Văn phòng HĐND và UBND phường", or the issuing body's when it has no office of its own. */
    static String clerk(Plan plan, List<OrganisationUnit> units) {
        return "Văn thư " + office(plan, units).orElse(plan.getIssuingUnit()).getName();
    }

    static Optional<OrganisationUnit> named(String line, List<OrganisationUnit> units) {
        String text = fold(line);
        OrganisationUnit best = null;
        for (OrganisationUnit unit : units) {
            String name = fold(unit.getName());
            if (!name.isEmpty() && containsWord(text, name)
                    && (best == null || name.length() > fold(best.getName()).length())) {
                best = unit;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<OrganisationUnit> office(Plan plan, List<OrganisationUnit> units) {
        String issuing = plan.getIssuingUnit().getCode();
        return units.stream().filter(unit -> unit.getParent() != null && issuing.equals(unit.getParent().getCode()))
                .filter(unit -> fold(unit.getName()).startsWith(OFFICE)).findFirst();
    }

    private static boolean containsWord(String text, String name) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.codePointBefore(at));
            int end = at + name.length();
            boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.codePointAt(end));
            if (startsWord && endsWord) {
                return true;
            }
        }
        return false;
    }

    private static String address(OrganisationUnit unit) {
        return unit.getEmail() != null && !unit.getEmail().isBlank() ? unit.getEmail() : unit.getHeadEmail();
    }

    private static void add(Map<String, ReportMail.Recipient> byAddress, String name, String email) {
        if (email != null && !email.isBlank()) {
            byAddress.putIfAbsent(email.strip().toLowerCase(Locale.ROOT), new ReportMail.Recipient(name, email.strip()));
        }
    }

    private static String fold(String value) {
        return value == null ? "" : Normalizer.normalize(value, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }
}

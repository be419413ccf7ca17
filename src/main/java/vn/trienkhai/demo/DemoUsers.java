package vn.trienkhai.demo;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.trienkhai.organisation.OrganisationUnit;
import vn.trienkhai.organisation.UnitKind;
import vn.trienkhai.security.AccessProvisioning;
import vn.trienkhai.security.UserAccount;

/**
 * Demo logins, password {@code demo}: {@code <group>.canbo} is an officer of the unit,
 * {@code <group>.truong} its head. The heads of the ward and city bodies are leadership; the lead
 * offices of the seed plans can monitor in Cockpit.
 */
@Component
class DemoUsers {

    static final String PASSWORD = "demo";
    private static final List<String> LEAD_OFFICES = List.of("aq-pktht", "aq-ca", "hp-btg");

    private final AccessProvisioning access;

    DemoUsers(AccessProvisioning access) {
        this.access = access;
    }

    void ensureFor(List<OrganisationUnit> units) {
        for (OrganisationUnit unit : units) {
            String group = unit.getCamundaGroupId();
            access.ensureUser(new UserAccount(group + ".canbo", "Cán bộ", unit.getName(), unit.getEmail(), PASSWORD,
                    List.of(group)));
            String[] head = splitName(unit.getHeadName());
            access.ensureUser(new UserAccount(group + ".truong", head[0], head[1], unit.getHeadEmail(), PASSWORD,
                    List.of(group)));
            if (isLeadership(unit)) {
                access.grantLeadership(group);
            }
        }
        LEAD_OFFICES.forEach(access::grantLeadOffice);
    }

    private static boolean isLeadership(OrganisationUnit unit) {
        return unit.getKind() == UnitKind.WARD || unit.getKind() == UnitKind.CITY_BODY
                || (unit.getKind() == UnitKind.PARTY_COMMITTEE && unit.getParent() == null);
    }

    /** Vietnamese names put the given name last: "Trần Văn Bình" is first name "Bình", last name "Trần Văn". */
    private static String[] splitName(String fullName) {
        if (fullName == null || !fullName.contains(" ")) {
            return new String[] {fullName == null ? "Trưởng" : fullName, "đơn vị"};
        }
        int lastSpace = fullName.lastIndexOf(' ');
        return new String[] {fullName.substring(lastSpace + 1), fullName.substring(0, lastSpace)};
    }
}

package vn.trienkhai.plan;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.camunda.bpm.engine.authorization.Groups;
import vn.trienkhai.organisation.OrganisationUnit;
import vn.trienkhai.security.CurrentUser;
import vn.trienkhai.system.ForbiddenException;

/**
 * Who may do what with one plan (docs/security.md): its managers — administrators, the issuing
 * unit and the lead units — roll it out and watch its progress; its participating units may also
 * read the plan itself. Everyone else is refused, whatever the engine's grants say.
 */
public final class PlanAccess {

    private PlanAccess() {
    }

    public static boolean isAdministrator(CurrentUser user) {
        return user.isMemberOf(Groups.CAMUNDA_ADMIN);
    }

    /** The groups of the issuing unit and the lead units: the plan's managers besides administrators. */
    public static List<String> managerGroups(Plan plan) {
        return Stream.concat(Stream.of(plan.getIssuingUnit()), plan.getLeadUnits().stream())
                .map(OrganisationUnit::getCamundaGroupId).filter(Objects::nonNull).distinct().toList();
    }

    public static boolean mayManage(Plan plan, CurrentUser user) {
        return isAdministrator(user) || managerGroups(plan).stream().anyMatch(user::isMemberOf);
    }

    public static boolean mayRead(Plan plan, CurrentUser user) {
        return mayManage(plan, user) || plan.getParticipants().stream()
                .map(participant -> participant.getUnit().getCamundaGroupId())
                .anyMatch(group -> group != null && user.isMemberOf(group));
    }

    public static void checkManage(Plan plan, CurrentUser user, String action) {
        if (!mayManage(plan, user)) {
            throw new ForbiddenException("Chỉ quản trị viên, đơn vị ban hành và cơ quan chủ trì của kế hoạch được "
                    + action + "; đơn vị của bạn không chủ trì kế hoạch này");
        }
    }

    public static void checkRead(Plan plan, CurrentUser user) {
        if (!mayRead(plan, user)) {
            throw new ForbiddenException("Bạn không được xem kế hoạch này: chỉ đơn vị ban hành, cơ quan chủ trì,"
                    + " đơn vị tham gia và quản trị viên được xem");
        }
    }
}

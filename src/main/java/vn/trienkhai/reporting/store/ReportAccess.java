package vn.trienkhai.reporting.store;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.trienkhai.organisation.OrganisationUnit;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.rollout.Rollout;
import vn.trienkhai.rollout.RolloutDirectory;
import vn.trienkhai.security.CurrentUser;

/**
 * Who may see a report: administrators, the plan's lead office and issuing unit, and leadership (the group that
 * approves the round: the issuing unit, or the cascading unit for a child rollout, which is also its lead office).
 * Only the round's lead office (or an administrator) may put a final version.
 */
@Service
@Transactional(readOnly = true)
public class ReportAccess {

    public static final String ADMIN_GROUP = "camunda-admin";

    private final RolloutDirectory directory;

    ReportAccess(RolloutDirectory directory) {
        this.directory = directory;
    }

    public boolean canRead(CurrentUser user, StoredReport report) {
        return user.isMemberOf(ADMIN_GROUP) || readers(report.rolloutId()).stream().anyMatch(user::isMemberOf);
    }

    public boolean canFinalise(CurrentUser user, StoredReport report) {
        return user.isMemberOf(ADMIN_GROUP)
                || directory.leadGroupsOf(directory.rollout(report.rolloutId())).stream().anyMatch(user::isMemberOf);
    }

    /** The reports the user may read, with the rollouts' groups looked up once each. */
    public List<StoredReport> readable(CurrentUser user, List<StoredReport> reports) {
        if (user.isMemberOf(ADMIN_GROUP)) {
            return reports;
        }
        Map<Long, Set<String>> byRollout = new HashMap<>();
        Predicate<StoredReport> allowed = report -> byRollout.computeIfAbsent(report.rolloutId(), this::readers)
                .stream().anyMatch(user::isMemberOf);
        return reports.stream().filter(allowed).toList();
    }

    private Set<String> readers(long rolloutId) {
        Rollout rollout = directory.rollout(rolloutId);
        Plan plan = rollout.getPlan();
        Set<String> groups = new LinkedHashSet<>(directory.leadGroupsOf(rollout));
        groups.add(directory.leadershipGroupOf(rollout));
        groups.add(plan.getIssuingUnit().getCamundaGroupId());
        plan.getLeadUnits().stream().map(OrganisationUnit::getCamundaGroupId).forEach(groups::add);
        return groups;
    }
}

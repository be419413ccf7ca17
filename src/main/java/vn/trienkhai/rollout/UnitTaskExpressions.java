package vn.trienkhai.rollout;

import java.time.ZonedDateTime;
import java.util.Date;
import org.springframework.stereotype.Component;
import vn.trienkhai.organisation.OrganisationUnit;
import vn.trienkhai.organisation.UnitRepository;

/** What the unit-implementation model asks for in its expressions: {@code ${unitTasks.…}}. */
@Component("unitTasks")
public class UnitTaskExpressions {

    private final RolloutDirectory directory;
    private final UnitDeadlines deadlines;
    private final UnitRepository units;

    UnitTaskExpressions(RolloutDirectory directory, UnitDeadlines deadlines, UnitRepository units) {
        this.directory = directory;
        this.deadlines = deadlines;
        this.units = units;
    }

    /** Candidate group of the unit's own tasks. */
    public String unitGroup(String unitCode) {
        return OrganisationUnit.groupIdFor(unitCode);
    }

    /** Candidate groups of the lead office's tasks, comma-separated. */
    public String leadGroups(Long rolloutId) {
        return String.join(",", directory.leadGroupsOf(directory.rollout(rolloutId)));
    }

    /** Due date of the stage's task; null for a continuous stage. */
    public Date due(Long rolloutId, String stage) {
        return deadlines.dueAt(directory.rollout(rolloutId), Stage.valueOf(stage))
                .map(ZonedDateTime::toInstant).map(Date::from).orElse(null);
    }

    public boolean cascades(Long rolloutId, String unitCode) {
        OrganisationUnit unit = units.findByCode(unitCode)
                .orElseThrow(() -> new IllegalStateException("No unit " + unitCode));
        return directory.cascades(directory.rollout(rolloutId), unit);
    }
}

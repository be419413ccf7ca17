package vn.trienkhai.rollout;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;
import vn.trienkhai.organisation.OrganisationUnit;
import vn.trienkhai.organisation.UnitRepository;
import vn.trienkhai.system.TransactionScoped;

/** What the unit-implementation model asks for in its expressions: {@code ${unitTasks.…}}. */
@Component("unitTasks")
public class UnitTaskExpressions {

    private final RolloutDirectory directory;
    private final RolloutSchedules schedules;
    private final UnitDeadlines deadlines;
    private final UnitRepository units;
    private final TransactionScoped<Map<StageOfRollout, Optional<Instant>>> dueDates = new TransactionScoped<>(HashMap::new);

    private record StageOfRollout(long rolloutId, Stage stage) {
    }

    UnitTaskExpressions(RolloutDirectory directory, RolloutSchedules schedules, UnitDeadlines deadlines,
            UnitRepository units) {
        this.directory = directory;
        this.schedules = schedules;
        this.deadlines = deadlines;
        this.units = units;
    }

    /**
     * Candidate group of the unit's own tasks. A task offered to a group that no longer exists
     * would reach nobody, so its creation fails instead: the unit's own job then shows one
     * incident, and a retry after the group is back creates the task.
     */
    public String unitGroup(String unitCode) {
        String groupId = OrganisationUnit.groupIdFor(unitCode);
        if (!groupExists(groupId)) {
            throw new UnitGroupMissingException(unitCode, groupId);
        }
        return groupId;
    }

    /** Asked without the user's authorization: a unit's task follows another one an officer completed. */
    private static boolean groupExists(String groupId) {
        CommandContext context = Context.getCommandContext();
        return context == null || context.runWithoutAuthorization(
                () -> context.getReadOnlyIdentityProvider().findGroupById(groupId) != null);
    }

    /** Candidate groups of the lead office's tasks, comma-separated. */
    public String leadGroups(Long rolloutId) {
        return String.join(",", directory.leadGroupsOf(directory.rollout(rolloutId)));
    }

    /**
     * Due date of the stage's task; null for a continuous stage. A rollout asks for the same
     * stage's date for each of its units, and three times per unit (the task and its reminder
     * timer, which the engine evaluates twice), so the dates are kept for the transaction, and the
     * rollout's schedule for longer ({@link RolloutSchedules}). The review's date follows the engine
     * clock and is computed each time.
     */
    public Date due(Long rolloutId, String stage) {
        Stage step = Stage.valueOf(stage);
        Optional<Instant> due = step == Stage.REVIEW ? dueAt(rolloutId, step) : dueDates.get()
                .map(known -> known.computeIfAbsent(new StageOfRollout(rolloutId, step), key -> dueAt(rolloutId, step)))
                .orElseGet(() -> dueAt(rolloutId, step));
        return due.map(Date::from).orElse(null);
    }

    private Optional<Instant> dueAt(long rolloutId, Stage stage) {
        return deadlines.dueAt(schedules.of(rolloutId), stage).map(ZonedDateTime::toInstant);
    }

    public boolean cascades(Long rolloutId, String unitCode) {
        OrganisationUnit unit = units.findByCode(unitCode)
                .orElseThrow(() -> new IllegalStateException("No unit " + unitCode));
        return directory.cascades(directory.rollout(rolloutId), unit);
    }
}

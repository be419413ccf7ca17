package vn.trienkhai.plantask;

import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.trienkhai.deadline.DeadlineSpec;
import vn.trienkhai.organisation.OrganisationUnit;
import vn.trienkhai.plan.DeadlineText;
import vn.trienkhai.rollout.Rollout;
import vn.trienkhai.rollout.RolloutDirectory;
import vn.trienkhai.rollout.RolloutRounds;
import vn.trienkhai.security.AccessProvisioning;
import vn.trienkhai.system.TransactionScoped;

/**
 * What the plan-task model (and plan-rollout's call into it) asks for: {@code ${planTasks.…}}.
 * Candidate groups come from the plan's tables through the task's id, never from a variable a
 * user could have written.
 */
@Component("planTasks")
public class PlanTaskExpressions {

    private final PlanTaskCatalog catalog;
    private final PlanTaskRecords records;
    private final PlanTaskDeadlines deadlines;
    private final RolloutDirectory directory;
    private final RolloutRounds rounds;
    private final AccessProvisioning access;
    private final RunningAdditions additions;
    private final TransactionScoped<Set<Long>> granted = new TransactionScoped<>(HashSet::new);

    PlanTaskExpressions(PlanTaskCatalog catalog, PlanTaskRecords records, PlanTaskDeadlines deadlines,
                        RolloutDirectory directory, RolloutRounds rounds, AccessProvisioning access,
                        RunningAdditions additions) {
        this.catalog = catalog;
        this.records = records;
        this.deadlines = deadlines;
        this.directory = directory;
        this.rounds = rounds;
        this.access = access;
        this.additions = additions;
    }

    /** plan-rollout waits before it ends while a task added to the rollout still runs. */
    public boolean addedTasksRunning(Long rolloutId) {
        return additions.any(rolloutId);
    }

    /**
     * plan-rollout's collection: one plan-task per task of a top-level rollout (a cascaded rollout
     * repeats the plan for sub-units; the tasks run once). Their units may then read plan-task's
     * definition, which opening its deployed forms requires.
     */
    public List<Long> taskIds(Long rolloutId) {
        Rollout rollout = directory.rollout(rolloutId);
        if (rollout.getParentRollout() != null) {
            return List.of();
        }
        List<PlanTaskLine> tasks = catalog.tasksOf(rollout.getPlan().getId());
        if (granted.get().map(rollouts -> rollouts.add(rolloutId)).orElse(true)) {
            grantDefinition(rollout, tasks);
        }
        return tasks.stream().map(PlanTaskLine::id).toList();
    }

    /**
     * The engine evaluates the collection twice in one transaction, and a grant's check does not
     * see the authorization its first call inserted: granting once per transaction avoids a duplicate.
     */
    private void grantDefinition(Rollout rollout, List<PlanTaskLine> tasks) {
        List<String> groups = Stream.concat(tasks.stream().flatMap(task ->
                        Stream.concat(Stream.of(task.lead()), task.coordinators().stream()))
                        .map(unit -> OrganisationUnit.groupIdFor(unit.code())), directory.leadGroupsOf(rollout).stream())
                .distinct().toList();
        access.grantReadProcessDefinition(groups, PlanTaskProcess.KEY);
    }

    public String unitGroup(String unitCode) {
        return OrganisationUnit.groupIdFor(unitCode);
    }

    public String leadGroup(Long planTaskId) {
        return OrganisationUnit.groupIdFor(catalog.find(planTaskId).lead().code());
    }

    public List<String> coordinatorCodes(Long planTaskId) {
        return catalog.find(planTaskId).coordinators().stream().map(PlanTaskLine.UnitRef::code).toList();
    }

    public String reviewGroups(Long rolloutId) {
        return String.join(",", directory.leadGroupsOf(directory.rollout(rolloutId)));
    }

    public boolean continuous(Long planTaskId) {
        return DeadlineText.parse(catalog.find(planTaskId).deadline()) instanceof DeadlineSpec.Continuous;
    }

    /** The lead's due date: the recorded one (an extension moves it), else the task's deadline. */
    public Date leadDue(Long rolloutId, Long planTaskId) {
        return Date.from(records.dueAt(rolloutId, planTaskId).orElseGet(() -> computedLeadDue(rolloutId, planTaskId)));
    }

    public Date coordinationDue(Long rolloutId, Long planTaskId) {
        Instant lead = leadDue(rolloutId, planTaskId).toInstant();
        return Date.from(deadlines.coordinationDue(directory.rollout(rolloutId), lead).toInstant());
    }

    public Date roundOpens(Long rolloutId, Number round) {
        return rounds.opensAt(directory.rollout(rolloutId), round.intValue());
    }

    public Date roundDue(Long rolloutId, Number round) {
        return Date.from(rounds.of(directory.rollout(rolloutId)).get(round.intValue() - 1).submissionDeadline().toInstant());
    }

    public Date reviewDue() {
        return Date.from(deadlines.reviewDue().toInstant());
    }

    private Instant computedLeadDue(long rolloutId, long planTaskId) {
        return deadlines.leadDue(directory.rollout(rolloutId), catalog.find(planTaskId)).toInstant();
    }
}

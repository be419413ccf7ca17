package vn.trienkhai.notification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.stereotype.Component;

/** Resolves a task's plan, unit and ladder, and who receives each step of it. */
@Component
class TaskScopes {

    static final String PLAN_ID = "planId";
    static final String UNIT_CODE = "unitCode";

    private final RecipientDirectory directory;
    private final LadderSettings defaults;

    TaskScopes(RecipientDirectory directory, NotificationProperties properties) {
        this.directory = directory;
        this.defaults = properties.ladder().settings();
    }

    /** A task's scope; its candidate groups are read only when the plan or the unit is unknown. */
    TaskScope of(DelegateTask task) {
        RecipientDirectory.PlanContacts plan = planOf(task.getVariable(PLAN_ID));
        RecipientDirectory.Unit unit = unitOf(task.getVariable(UNIT_CODE));
        List<String> groups = plan != null && unit != null ? List.of() : candidateGroups(task);
        return new TaskScope(plan, unit, groups, defaults.with(plan == null ? null : plan.policy()));
    }

    TaskScope of(Object planId, Object unitCode, Collection<String> candidateGroups) {
        RecipientDirectory.PlanContacts plan = planOf(planId);
        return new TaskScope(plan, unitOf(unitCode), List.copyOf(candidateGroups),
                defaults.with(plan == null ? null : plan.policy()));
    }

    /** The ladder of the task's plan, or the defaults. */
    LadderSettings settings(VariableScope variables) {
        RecipientDirectory.PlanContacts plan = planOf(variables.getVariable(PLAN_ID));
        return defaults.with(plan == null ? null : plan.policy());
    }

    List<String> recipients(EscalationLevel level, TaskScope scope) {
        Set<String> to = new LinkedHashSet<>();
        switch (level) {
            case REMINDER:
                to.addAll(scope.unit() == null ? members(scope) : officers(scope.unit()));
                break;
            case UNIT_HEAD:
                to.addAll(scope.unit() == null ? members(scope) : head(scope.unit()));
                break;
            case LEAD_OFFICE:
                to.addAll(scope.plan() == null ? members(scope) : leadOffice(scope.plan()));
                break;
            case LEADERSHIP:
                to.addAll(scope.plan() == null ? members(scope) : head(scope.plan().issuingUnit()));
                break;
            default:
                Stream.of(EscalationLevel.UNIT_HEAD, EscalationLevel.LEAD_OFFICE, EscalationLevel.LEADERSHIP)
                        .forEach(step -> to.addAll(recipients(step, scope)));
        }
        return new ArrayList<>(to);
    }

    /** The lead office of a plan: heads and addresses of its lead units. */
    List<String> leadOffice(RecipientDirectory.PlanContacts plan) {
        Set<String> to = new LinkedHashSet<>();
        plan.leadUnits().forEach(unit -> {
            to.addAll(head(unit));
            addIfPresent(to, unit.email());
        });
        return new ArrayList<>(to);
    }

    List<String> head(RecipientDirectory.Unit unit) {
        String address = unit.headEmail() != null ? unit.headEmail() : unit.email();
        return address == null ? List.of() : List.of(address);
    }

    private List<String> officers(RecipientDirectory.Unit unit) {
        Set<String> to = new LinkedHashSet<>(directory.memberEmails(List.of(unit.groupId())));
        addIfPresent(to, unit.email());
        return new ArrayList<>(to);
    }

    private List<String> members(TaskScope scope) {
        return directory.memberEmails(scope.candidateGroups());
    }

    private RecipientDirectory.Unit unitOf(Object unitCode) {
        return unitCode instanceof String code ? directory.unit(code).orElse(null) : null;
    }

    private static List<String> candidateGroups(DelegateTask task) {
        return task.getCandidates().stream().map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
    }

    private RecipientDirectory.PlanContacts planOf(Object planId) {
        return planId instanceof Number number ? directory.plan(number.longValue()).orElse(null) : null;
    }

    private static void addIfPresent(Set<String> to, String address) {
        if (address != null && !address.isBlank()) {
            to.add(address);
        }
    }
}

package vn.trienkhai.notification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.stereotype.Component;
import vn.trienkhai.system.WorkVariables;

/** Resolves a task's plan, unit and ladder, and who receives each step of it. */
@Component
class TaskScopes {

    private final RecipientDirectory directory;
    private final LadderSettings defaults;

    TaskScopes(RecipientDirectory directory, NotificationProperties properties) {
        this.directory = directory;
        this.defaults = properties.ladder().settings();
    }

    /** A task's scope; its candidate groups are read only when the plan or the unit is unknown. */
    TaskScope of(DelegateTask task) {
        RecipientDirectory.PlanContacts plan = planOf(WorkVariables.planId(task));
        RecipientDirectory.Unit unit = unitOf(WorkVariables.unitCode(task));
        List<String> groups = plan != null && unit != null ? List.of() : candidateGroups(task);
        return new TaskScope(plan, unit, groups, defaults.with(plan == null ? null : plan.policy()));
    }

    TaskScope of(Long planId, String unitCode, Collection<String> candidateGroups) {
        RecipientDirectory.PlanContacts plan = planOf(planId);
        return new TaskScope(plan, unitOf(unitCode), List.copyOf(candidateGroups),
                defaults.with(plan == null ? null : plan.policy()));
    }

    /** The ladder of the task's plan, or the defaults. */
    LadderSettings settings(VariableScope variables) {
        RecipientDirectory.PlanContacts plan = planOf(WorkVariables.planId(variables));
        return defaults.with(plan == null ? null : plan.policy());
    }

    /** Who a step goes to, each once (by address), greeted by role and name, in the order they are found. */
    List<Recipient> recipients(EscalationLevel level, TaskScope scope) {
        Map<String, Recipient> to = new LinkedHashMap<>();
        switch (level) {
            case REMINDER:
                add(to, scope.unit() == null ? members(scope, level) : officers(scope.unit()));
                break;
            case UNIT_HEAD:
                add(to, scope.unit() == null ? members(scope, level) : head(scope.unit(), level));
                break;
            case LEAD_OFFICE:
                add(to, scope.plan() == null ? members(scope, level) : leadOffice(scope.plan()));
                break;
            case LEADERSHIP:
                add(to, scope.plan() == null ? members(scope, level) : head(scope.plan().issuingUnit(), level));
                break;
            default:
                Stream.of(EscalationLevel.UNIT_HEAD, EscalationLevel.LEAD_OFFICE, EscalationLevel.LEADERSHIP)
                        .forEach(step -> add(to, recipients(step, scope)));
        }
        return new ArrayList<>(to.values());
    }

    /** The lead office of a plan: heads and addresses of its lead units. */
    List<Recipient> leadOffice(RecipientDirectory.PlanContacts plan) {
        Map<String, Recipient> to = new LinkedHashMap<>();
        plan.leadUnits().forEach(unit -> {
            add(to, head(unit, EscalationLevel.LEAD_OFFICE));
            if (unit.email() != null && !unit.email().isBlank()) {
                add(to, List.of(Recipient.unitAddress(unit, EscalationLevel.LEAD_OFFICE)));
            }
        });
        return new ArrayList<>(to.values());
    }

    List<Recipient> head(RecipientDirectory.Unit unit, EscalationLevel role) {
        Recipient head = Recipient.unitHead(unit, role);
        return head.address() == null ? List.of() : List.of(head);
    }

    /** The unit's own address first (greeted as the unit), then its officers by name. */
    private List<Recipient> officers(RecipientDirectory.Unit unit) {
        Map<String, Recipient> to = new LinkedHashMap<>();
        if (unit.email() != null && !unit.email().isBlank()) {
            add(to, List.of(Recipient.unitAddress(unit, EscalationLevel.REMINDER)));
        }
        add(to, directory.members(List.of(unit.groupId())).stream()
                .map(member -> Recipient.member(member, unit.name(), EscalationLevel.REMINDER)).toList());
        return new ArrayList<>(to.values());
    }

    private List<Recipient> members(TaskScope scope, EscalationLevel role) {
        return directory.members(scope.candidateGroups()).stream()
                .map(member -> Recipient.member(member, null, role)).toList();
    }

    private static void add(Map<String, Recipient> to, List<Recipient> recipients) {
        recipients.forEach(recipient -> to.putIfAbsent(recipient.address(), recipient));
    }

    private RecipientDirectory.Unit unitOf(String unitCode) {
        return unitCode == null ? null : directory.unit(unitCode).orElse(null);
    }

    private static List<String> candidateGroups(DelegateTask task) {
        return task.getCandidates().stream().map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
    }

    private RecipientDirectory.PlanContacts planOf(Long planId) {
        return planId == null ? null : directory.plan(planId).orElse(null);
    }
}

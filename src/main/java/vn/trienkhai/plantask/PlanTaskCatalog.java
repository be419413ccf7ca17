package vn.trienkhai.plantask;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.trienkhai.organisation.UnitContacts;
import vn.trienkhai.plan.PlanTaskDirectory;
import vn.trienkhai.plantask.PlanTaskLine.UnitRef;

/** The plan's tasks (owned by the plan feature) with their lead and coordinating units, asked of their owners. */
@Component
class PlanTaskCatalog {

    private final PlanTaskDirectory tasks;
    private final UnitContacts units;

    PlanTaskCatalog(PlanTaskDirectory tasks, UnitContacts units) {
        this.tasks = tasks;
        this.units = units;
    }

    PlanTaskLine find(long taskId) {
        PlanTaskDirectory.Task task = tasks.task(taskId)
                .orElseThrow(() -> new IllegalStateException("No plan task " + taskId));
        return line(task, units.byIds(unitIds(List.of(task))));
    }

    List<Long> taskIdsOf(long planId) {
        return tasks.taskIdsOf(planId);
    }

    /** The plan's tasks in the plan's order, their units read once for all of them. */
    List<PlanTaskLine> tasksOf(long planId) {
        List<PlanTaskDirectory.Task> all = tasks.tasksOf(planId);
        Map<Long, UnitContacts.Contact> named = units.byIds(unitIds(all));
        return all.stream().map(task -> line(task, named)).toList();
    }

    private static List<Long> unitIds(Collection<PlanTaskDirectory.Task> tasks) {
        return tasks.stream().flatMap(task -> Stream.concat(Stream.of(task.leadUnitId()),
                task.coordinatorUnitIds().stream())).distinct().toList();
    }

    private static PlanTaskLine line(PlanTaskDirectory.Task task, Map<Long, UnitContacts.Contact> units) {
        return new PlanTaskLine(task.id(), task.planId(), task.code(), task.title(), unit(task.leadUnitId(), units),
                task.coordinatorUnitIds().stream().map(id -> unit(id, units)).toList(), task.deadline(), task.output());
    }

    private static UnitRef unit(long id, Map<Long, UnitContacts.Contact> units) {
        UnitContacts.Contact unit = units.get(id);
        if (unit == null) {
            throw new IllegalStateException("No unit " + id);
        }
        return new UnitRef(unit.id(), unit.code(), unit.name());
    }
}

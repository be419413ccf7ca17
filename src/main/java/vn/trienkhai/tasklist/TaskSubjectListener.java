package vn.trienkhai.tasklist;

import java.time.ZoneId;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * On create, names the task after its subject ("Thẩm định kế hoạch của đơn vị – Tổ dân phố số 1 –
 * KH 08-CT/TU") and describes it (the plan's summary, the deadline in words), from the ids its
 * process carries. A task of a process without them keeps the model's name.
 */
final class TaskSubjectListener implements TaskListener {

    private final Supplier<TaskSubjects> subjects;
    private final ZoneId zone;
    private final String returnReasonVariable;

    TaskSubjectListener(Supplier<TaskSubjects> subjects, ZoneId zone) {
        this(subjects, zone, null);
    }

    private TaskSubjectListener(Supplier<TaskSubjects> subjects, ZoneId zone, String returnReasonVariable) {
        this.subjects = subjects;
        this.zone = zone;
        this.returnReasonVariable = returnReasonVariable;
    }

    /** The listener of a user task whose model names the variable that holds a return's reason (read when parsed). */
    TaskSubjectListener markingReturnsIn(String variable) {
        return new TaskSubjectListener(subjects, zone, variable);
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        if (execution == null) {
            return;
        }
        TaskSubject subject = subjects.get().subject(execution);
        if (subject.isEmpty()) {
            return;
        }
        String name = subject.name(task.getName());
        task.setName(ReturnMarker.isReturned(returnReasonVariable, execution) ? ReturnMarker.PREFIX + name : name);
        if (task.getDescription() == null || task.getDescription().isBlank()) {
            task.setDescription(subject.description(task.getDueDate() == null ? null : task.getDueDate().toInstant(), zone));
        }
    }
}

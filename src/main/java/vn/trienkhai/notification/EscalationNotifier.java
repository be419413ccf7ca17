package vn.trienkhai.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.trienkhai.system.EngineClock;

/**
 * Writes a task's reminder or overdue notice into the outbox, in the transaction of the timer
 * job that fired it: one row per recipient with the facts of the mail, which the dispatcher renders
 * (with the recipient's other notices). The key names the task, its due day, the step and the
 * address, so a job run twice, or a timer recreated for the same due day, writes one row per
 * recipient; a new due day starts a new ladder. The row is stamped with the engine's time, the
 * time of the job. A step overtaken by the next one (a task that starts long past its due day) is
 * not mailed, so a late start sends the step in force, not the whole ladder at once.
 */
@Service
public class EscalationNotifier {

    private static final Logger log = LoggerFactory.getLogger(EscalationNotifier.class);

    private final TaskScopes scopes;
    private final EscalationLadder ladder;
    private final NotificationOutbox outbox;
    private final WorkingHours hours;

    EscalationNotifier(TaskScopes scopes, EscalationLadder ladder, NotificationOutbox outbox, WorkingHours hours) {
        this.scopes = scopes;
        this.ladder = ladder;
        this.outbox = outbox;
        this.hours = hours;
    }

    public void notify(DelegateTask task, EscalationLevel level) {
        Date due = task.getDueDate();
        Instant now = EngineClock.now();
        if (due == null || (level == EscalationLevel.REMINDER && !now.isBefore(due.toInstant()))) {
            return;
        }
        TaskScope scope = scopes.of(task);
        LocalDate dueDay = ladder.dueDay(due.toInstant());
        if (ladder.overtaken(level, dueDay, scope.settings(), now)) {
            log.info("{} of task {} not sent: the next step is due already", level, task.getId());
            return;
        }
        List<Recipient> recipients = scopes.recipients(level, scope);
        if (recipients.isEmpty()) {
            log.warn("No recipient for the {} of task {} ({})", level, task.getId(), task.getName());
            return;
        }
        long overdue = level.isOverdue() ? hours.workingDaysLate(dueDay, now) : 0;
        String key = key(level, task.getId(), dueDay, scope, now);
        for (Recipient recipient : recipients) {
            PendingNotice notice = new PendingNotice(task.getId(), level, task.getName(), scope.planLabel(),
                    scope.planReference(), scope.unitName(), scope.unitPosition(), dueDay, overdue, recipient.role(), recipient.greeting());
            outbox.enqueue(key + ":" + recipient.address(), recipient.address(), notice, now);
        }
    }

    private String key(EscalationLevel level, String taskId, LocalDate dueDay, TaskScope scope, Instant now) {
        String key = "task:" + taskId + ":" + dueDay + ":" + level.name();
        return level == EscalationLevel.REPEAT ? key + ":" + ladder.repetition(dueDay, scope.settings(), now) : key;
    }
}

package vn.trienkhai.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Writes a task's reminder or overdue notice into the outbox, in the transaction of the timer
 * job that fired it: the recipients and the facts of the mail, which the dispatcher renders. The
 * key names the task, its due day and the step, so a job run twice, or a timer recreated for the
 * same due day, writes one row; a new due day starts a new ladder.
 */
@Service
public class EscalationNotifier {

    private static final Logger log = LoggerFactory.getLogger(EscalationNotifier.class);

    private final TaskScopes scopes;
    private final EscalationLadder ladder;
    private final NotificationOutbox outbox;
    private final Clock clock;

    EscalationNotifier(TaskScopes scopes, EscalationLadder ladder, NotificationOutbox outbox, Clock clock) {
        this.scopes = scopes;
        this.ladder = ladder;
        this.outbox = outbox;
        this.clock = clock;
    }

    public void notify(DelegateTask task, EscalationLevel level) {
        Date due = task.getDueDate();
        Instant now = ClockUtil.getCurrentTime().toInstant();
        if (due == null || (level == EscalationLevel.REMINDER && !now.isBefore(due.toInstant()))) {
            return;
        }
        TaskScope scope = scopes.of(task);
        List<String> recipients = scopes.recipients(level, scope);
        if (recipients.isEmpty()) {
            log.warn("No recipient for the {} of task {} ({})", level, task.getId(), task.getName());
            return;
        }
        LocalDate dueDay = ladder.dueDay(due.toInstant());
        long overdue = Math.max(0, ChronoUnit.DAYS.between(dueDay, now.atZone(clock.getZone()).toLocalDate()));
        PendingNotice notice = new PendingNotice(task.getId(), level, task.getName(), scope.planLabel(),
                scope.unitName(), dueDay, level.isOverdue() ? overdue : 0);
        outbox.enqueue(key(level, task.getId(), dueDay, scope, now), recipients, notice, clock.instant());
    }

    private String key(EscalationLevel level, String taskId, LocalDate dueDay, TaskScope scope, Instant now) {
        String key = "task:" + taskId + ":" + dueDay + ":" + level.name();
        return level == EscalationLevel.REPEAT ? key + ":" + ladder.repetition(dueDay, scope.settings(), now) : key;
    }
}

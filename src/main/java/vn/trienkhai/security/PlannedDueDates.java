package vn.trienkhai.security;

import java.util.Date;
import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.task.Task;

/**
 * A task's due date is the plan's deadline: an officer may not move it by editing the task (their UPDATE on
 * the task lets them set its assignee and follow-up date, and through the same call its due date). It moves
 * through a granted extension («Đề nghị gia hạn»), which the engine runs for the deciding office, or by an
 * administrator. The stored due date is read with the caller's own authorization, in a command of its own.
 */
class PlannedDueDates implements CommandRule {

    static final String REFUSAL = "Hạn xử lý của công việc do kế hoạch quy định, cán bộ không tự đổi được. "
            + "Muốn lùi hạn, hãy gửi «Đề nghị gia hạn» từ chính công việc này.";

    private final ProcessEngineConfigurationImpl configuration;

    PlannedDueDates(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
    }

    @Override
    public void check(Command<?> command, CurrentUser user) {
        EngineCommandArguments.savedTask(command).ifPresent(this::checkDueDate);
    }

    private void checkDueDate(Task sent) {
        if (sent.getId() == null) {
            return;
        }
        Task stored = configuration.getTaskService().createTaskQuery().taskId(sent.getId()).singleResult();
        if (stored != null && !sameMoment(stored.getDueDate(), sent.getDueDate())) {
            throw new AuthorizationException(REFUSAL);
        }
    }

    private static boolean sameMoment(Date stored, Date sent) {
        return Objects.equals(stored == null ? null : stored.getTime(), sent == null ? null : sent.getTime());
    }
}

package vn.trienkhai.security;

import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cmd.AbstractModificationCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRestartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteMetricsCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskMetricsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTelemetryDataCmd;
import org.camunda.bpm.engine.impl.cmd.GetUniqueTaskWorkerCountCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationBatchCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.metrics.MetricsQueryImpl;

/**
 * What only administrators may do, on every process definition: start an instance somewhere else
 * than at its start event ({@code startInstructions}), move, cancel or restart activities of a
 * running instance, and read or delete the engine's metrics. A start at an activity skips every
 * check before it (a request recorded and decided, say), so it is not an officer's tool.
 */
class AdministratorOnlyCommands implements CommandRule {

    private static final Set<Class<?>> INSTANCE_SURGERY = Set.of(StartProcessInstanceAtActivitiesCmd.class,
            ModifyProcessInstanceCmd.class, ModifyProcessInstanceAsyncCmd.class,
            ProcessInstanceModificationBatchCmd.class, AbstractModificationCmd.class,
            AbstractRestartProcessInstanceCmd.class);

    private static final Set<Class<?>> METRICS = Set.of(MetricsQueryImpl.class, GetUniqueTaskWorkerCountCmd.class,
            DeleteMetricsCmd.class, DeleteTaskMetricsCmd.class, GetTelemetryDataCmd.class);

    @Override
    public void check(Command<?> command, CurrentUser user) {
        if (isOneOf(command, INSTANCE_SURGERY)) {
            throw new AuthorizationException("Chỉ quản trị viên mới được khởi tạo quy trình từ giữa chừng "
                    + "(startInstructions) hoặc điều chỉnh, khởi động lại các bước của quy trình đang chạy. "
                    + "Hãy thực hiện công việc theo đúng trình tự trong Tasklist.");
        }
        if (isOneOf(command, METRICS) || command.getClass().getEnclosingClass() == MetricsQueryImpl.class) {
            throw new AuthorizationException("Chỉ quản trị viên mới được xem số liệu vận hành của hệ thống.");
        }
    }

    private static boolean isOneOf(Command<?> command, Set<Class<?>> types) {
        return types.stream().anyMatch(type -> type.isInstance(command));
    }
}

package vn.trienkhai.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.variable.value.TypedValue;
import vn.trienkhai.system.FormRefusedException;

/**
 * A user writes only the variables of the form in front of them: completing, resolving or
 * submitting a task, or setting and removing its variables, names only fields of the task's
 * deployed form (a read-only field only with the value it already has). Anything else (another
 * unit's group, a reviewer, a decision the process takes itself) is refused, so no variable a
 * process reads can be written by a user who should not. Processes their owners declare as a
 * {@link FormOnlyStart} start only from their start form, with its fields.
 */
class DeclaredFormVariables implements CommandRule {

    private final FormFields forms;
    private final Set<String> formOnlyStarts;

    DeclaredFormVariables(FormFields forms, Set<String> formOnlyStarts) {
        this.forms = forms;
        this.formOnlyStarts = Set.copyOf(formOnlyStarts);
    }

    @Override
    public void check(Command<?> command, CurrentUser user) {
        EngineCommandArguments.taskWrite(command).ifPresent(write -> {
            checkTask(write.taskId(), write.variables(), write.completing());
            checkRemoval(write.taskId(), write.removals());
        });
        EngineCommandArguments.startFormSubmission(command)
                .ifPresent(start -> checkStartForm(start.processDefinitionId(), start.variables()));
        EngineCommandArguments.genericStart(command).ifPresent(this::refuseGenericStart);
    }

    private void checkTask(String taskId, Map<String, ?> variables, boolean completing) {
        if (taskId == null || variables == null || variables.isEmpty()) {
            return;
        }
        forms.ofTask(taskId).ifPresent(fields -> {
            List<String> refused = variables.keySet().stream().sorted()
                    .filter(name -> !fields.editable().contains(name) && !(fields.readOnly().contains(name)
                            && unchanged(taskId, name, variables.get(name))))
                    .toList();
            if (!refused.isEmpty()) {
                String message = names(refused) + " không có trong biểu mẫu của công việc này (hoặc chỉ để xem) "
                        + "nên không được gửi kèm. Chỉ gửi các trường mà biểu mẫu cho phép nhập.";
                throw completing ? new FormRefusedException(refused.get(0), message)
                        : new BadUserRequestException(message);
            }
        });
    }

    private static String names(List<String> fields) {
        return (fields.size() == 1 ? "Trường " : "Các trường ")
                + fields.stream().map(name -> "«" + name + "»").collect(Collectors.joining(", "));
    }

    private void checkRemoval(String taskId, Collection<String> names) {
        if (taskId != null && names != null && !names.isEmpty()) {
            checkTask(taskId, names.stream().distinct().collect(Collectors.toMap(Function.identity(), name -> "")), false);
        }
    }

    private boolean unchanged(String taskId, String name, Object sent) {
        Object current = forms.currentValue(taskId, name);
        Object value = sent instanceof TypedValue typed ? typed.getValue() : sent;
        return Objects.equals(String.valueOf(current), String.valueOf(value));
    }

    private void checkStartForm(String processDefinitionId, Map<String, ?> variables) {
        if (!formOnlyStarts.contains(forms.processKey(processDefinitionId)) || variables == null) {
            return;
        }
        FormFields.Fields fields = forms.ofStartForm(processDefinitionId);
        List<String> undeclared = variables.keySet().stream().filter(name -> !fields.editable().contains(name))
                .sorted().toList();
        if (!undeclared.isEmpty()) {
            throw new FormRefusedException(undeclared.get(0), names(undeclared) + " không có trong biểu mẫu khởi tạo "
                    + "nên không được gửi kèm. Chỉ gửi các trường mà biểu mẫu cho phép nhập.");
        }
    }

    private void refuseGenericStart(EngineCommandArguments.GenericStart start) {
        String key = start.processDefinitionKey() != null ? start.processDefinitionKey()
                : forms.processKey(start.processDefinitionId());
        if (formOnlyStarts.contains(key)) {
            throw new AuthorizationException("Quy trình này chỉ được khởi tạo bằng biểu mẫu của nó trong Tasklist "
                    + "hoặc qua chức năng của ứng dụng, không khởi tạo trực tiếp.");
        }
    }
}

package vn.trienkhai.security;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * What a user sent in the engine commands the guard inspects. Camunda 7.24 keeps a command's
 * arguments in protected fields without getters, so this is the one class that knows their names;
 * {@code EngineCommandArgumentsTests} builds each command and fails when an engine upgrade renames one.
 */
final class EngineCommandArguments {

    /** Variables written to a task (set, patched, completed, submitted) and names removed from it. */
    record TaskWrite(String taskId, Map<String, ?> variables, Collection<String> removals, boolean completing) {
    }

    record StartFormSubmission(String processDefinitionId, Map<String, ?> variables) {
    }

    /** A start through the generic API (REST {@code /start}, {@code RuntimeService.startProcessInstance...}). */
    record GenericStart(String processDefinitionKey, String processDefinitionId) {
    }

    private EngineCommandArguments() {
    }

    static Optional<TaskWrite> taskWrite(Command<?> command) {
        if (command instanceof CompleteTaskCmd) {
            return Optional.of(new TaskWrite(read(command, "taskId"), read(command, "variables"), null, true));
        }
        if (command instanceof SubmitTaskFormCmd) {
            return Optional.of(new TaskWrite(read(command, "taskId"), read(command, "properties"), null, true));
        }
        if (command instanceof SetTaskVariablesCmd) {
            return Optional.of(new TaskWrite(read(command, "entityId"), read(command, "variables"), null, false));
        }
        if (command instanceof PatchTaskVariablesCmd) {
            return Optional.of(new TaskWrite(read(command, "entityId"), read(command, "variables"),
                    read(command, "deletions"), false));
        }
        if (command instanceof RemoveTaskVariablesCmd) {
            return Optional.of(new TaskWrite(read(command, "entityId"), null, read(command, "variableNames"), false));
        }
        return Optional.empty();
    }

    static Optional<StartFormSubmission> startFormSubmission(Command<?> command) {
        return command instanceof SubmitStartFormCmd
                ? Optional.of(new StartFormSubmission(read(command, "processDefinitionId"), read(command, "variables")))
                : Optional.empty();
    }

    static Optional<GenericStart> genericStart(Command<?> command) {
        if (!(command instanceof StartProcessInstanceCmd)) {
            return Optional.empty();
        }
        Object builder = read(command, "instantiationBuilder");
        return Optional.of(new GenericStart(read(builder, "processDefinitionKey"), read(builder, "processDefinitionId")));
    }

    static Optional<User> savedUser(Command<?> command) {
        return command instanceof SaveUserCmd ? Optional.of(read(command, "user")) : Optional.empty();
    }

    /** A task saved as a whole (REST {@code PUT /task/{id}}, Tasklist's due and follow-up dates, assignee). */
    static Optional<Task> savedTask(Command<?> command) {
        return command instanceof SaveTaskCmd ? Optional.of(read(command, "task")) : Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static <T> T read(Object command, String name) {
        for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return (T) field.get(command);
            } catch (NoSuchFieldException next) {
                // declared higher up
            } catch (IllegalAccessException exception) {
                throw new IllegalStateException("Cannot read " + name + " of " + command.getClass(), exception);
            }
        }
        throw new IllegalStateException("No field " + name + " in " + command.getClass());
    }
}

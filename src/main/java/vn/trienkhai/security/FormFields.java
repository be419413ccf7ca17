package vn.trienkhai.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;

/**
 * The fields a task's or a start event's form declares, read from the deployed form: a Camunda
 * Form's components ({@code key}, and {@code path} of a group; disabled and read-only fields are
 * for display and may come back only unchanged), or an embedded HTML form's
 * {@code cam-variable-name} attributes (forms deployed with the processes, or served by the
 * application under {@code static/}).
 */
class FormFields {

    /** Fields a user may fill in, and read-only fields the form sends back unchanged. */
    record Fields(Set<String> editable, Set<String> readOnly) {
    }

    private static final Pattern CAM_VARIABLE = Pattern.compile("cam-variable-name\\s*=\\s*[\"']([^\"']+)[\"']");
    private static final String EMBEDDED = "embedded:";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProcessEngineConfigurationImpl configuration;

    FormFields(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
    }

    /** The task's form fields; empty when the task does not exist (the engine will say so). */
    Optional<Fields> ofTask(String taskId) {
        try (InputStream form = configuration.getFormService().getDeployedTaskForm(taskId)) {
            return Optional.of(parse(form));
        } catch (AuthorizationException refused) {
            throw refused;
        } catch (ProcessEngineException | IOException notDeployed) {
            Task task = configuration.getTaskService().createTaskQuery().taskId(taskId).initializeFormKeys()
                    .singleResult();
            return task == null ? Optional.empty() : Optional.of(ofApplicationForm(task.getFormKey()));
        }
    }

    Fields ofStartForm(String processDefinitionId) {
        try (InputStream form = configuration.getFormService().getDeployedStartForm(processDefinitionId)) {
            return parse(form);
        } catch (AuthorizationException refused) {
            throw refused;
        } catch (ProcessEngineException | IOException notDeployed) {
            return new Fields(Set.of(), Set.of());
        }
    }

    Object currentValue(String taskId, String name) {
        return configuration.getTaskService().getVariable(taskId, name);
    }

    /** The key of a deployed process definition, or null when there is none with this id. */
    String processKey(String processDefinitionId) {
        if (processDefinitionId == null) {
            return null;
        }
        ProcessDefinition definition;
        try {
            definition = configuration.getCommandExecutorTxRequired().execute(context -> context
                    .getProcessEngineConfiguration().getDeploymentCache()
                    .findDeployedProcessDefinitionById(processDefinitionId));
        } catch (ProcessEngineException unknown) {
            return null;
        }
        return definition == null ? null : definition.getKey();
    }

    private Fields ofApplicationForm(String formKey) {
        if (formKey == null || !formKey.startsWith(EMBEDDED)) {
            return new Fields(Set.of(), Set.of());
        }
        String path = formKey.substring(EMBEDDED.length()).replaceFirst("^app:", "").replaceFirst("^/+", "");
        try (InputStream form = FormFields.class.getClassLoader().getResourceAsStream("static/" + path)) {
            return form == null ? new Fields(Set.of(), Set.of()) : parse(form);
        } catch (IOException unreadable) {
            throw new IllegalStateException("Cannot read the form " + formKey, unreadable);
        }
    }

    static Fields parse(InputStream form) throws IOException {
        String text = new String(form.readAllBytes(), StandardCharsets.UTF_8);
        Set<String> editable = new HashSet<>();
        Set<String> readOnly = new HashSet<>();
        if (text.stripLeading().startsWith("{")) {
            collect(JSON.readTree(text), editable, readOnly);
        } else {
            Matcher names = CAM_VARIABLE.matcher(text);
            while (names.find()) {
                editable.add(names.group(1));
            }
        }
        return new Fields(Set.copyOf(editable), Set.copyOf(readOnly));
    }

    private static void collect(JsonNode node, Set<String> editable, Set<String> readOnly) {
        for (JsonNode component : node.path("components")) {
            boolean displayOnly = component.path("disabled").asBoolean(false)
                    || component.path("readonly").asBoolean(false);
            if (component.hasNonNull("key")) {
                (displayOnly ? readOnly : editable).add(component.get("key").asText());
            }
            if (component.hasNonNull("path") && !displayOnly) {
                editable.add(component.get("path").asText());
            }
            collect(component, editable, readOnly);
        }
    }
}

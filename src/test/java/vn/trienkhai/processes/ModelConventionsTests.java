package vn.trienkhai.processes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One convention across every model in {@code processes/} (docs/processes.md, "Model conventions"),
 * checked on the files themselves so that a new model meets it from its first commit.
 */
class ModelConventionsTests {

    private static final Path PROCESSES = Path.of("processes");
    private static final Path FORMS = PROCESSES.resolve("forms");
    private static final Map<String, BpmnModelInstance> MODELS = new TreeMap<>();
    /**
     * Each model's versionTag and checksum as last released. A call activity binds by versionTag, and
     * Camunda refuses a call when two deployed versions share a tag: so a model never changes under the
     * same tag.
     */
    private static final String VERSIONS = "/model-versions.properties";

    @BeforeAll
    static void readModels() throws IOException {
        try (Stream<Path> files = Files.list(PROCESSES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".bpmn")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    MODELS.put(file.getFileName().toString(), Bpmn.readModelFromStream(in));
                }
            }
        }
        assertThat(MODELS).as("models in processes/").hasSizeGreaterThanOrEqualTo(7);
    }

    @Test
    void everyProcessHasAVersionTagAndItsHistoryTimeToLiveInDays() {
        List<String> broken = new ArrayList<>();
        processes().forEach(process -> {
            if (blank(process.getCamundaVersionTag())) {
                broken.add(process.getId() + ": no camunda:versionTag");
            }
            String ttl = process.getCamundaHistoryTimeToLiveString();
            if (ttl == null || !ttl.matches("P[1-9][0-9]*D")) {
                broken.add(process.getId() + ": historyTimeToLive '" + ttl + "' is not of the form P<days>D");
            }
        });
        assertThat(broken).isEmpty();
    }

    @Test
    void callActivitiesAreBoundToTheVersionTagOfTheModelTheyCall() {
        Map<String, String> versionTags = new TreeMap<>();
        processes().forEach(process -> versionTags.put(process.getId(), process.getCamundaVersionTag()));
        List<String> broken = new ArrayList<>();
        MODELS.values().forEach(model -> model.getModelElementsByType(CallActivity.class).forEach(call -> {
            String called = call.getCalledElement();
            if (!"versionTag".equals(call.getCamundaCalledElementBinding())) {
                broken.add(call.getId() + ": binding '" + call.getCamundaCalledElementBinding() + "', not versionTag");
            } else if (!versionTags.containsKey(called)) {
                broken.add(call.getId() + ": calls '" + called + "', which is not in processes/");
            } else if (!versionTags.get(called).equals(call.getCamundaCalledElementVersionTag())) {
                broken.add(call.getId() + ": bound to versionTag '" + call.getCamundaCalledElementVersionTag()
                        + "' of " + called + ", whose model is at '" + versionTags.get(called) + "'");
            }
        }));
        assertThat(broken).isEmpty();
    }

    @Test
    void everyTaskWithADueDateSaysWhetherItEscalates() {
        List<String> broken = new ArrayList<>();
        MODELS.values().forEach(model -> model.getModelElementsByType(UserTask.class).forEach(task -> {
            String escalation = property(task, "trienkhai.escalation");
            if (task.getCamundaDueDate() != null && !"ladder".equals(escalation) && !"none".equals(escalation)) {
                broken.add(task.getId() + ": has a due date but trienkhai.escalation is '" + escalation + "'");
            }
            if ("ladder".equals(escalation) && task.getCamundaDueDate() == null) {
                broken.add(task.getId() + ": escalates without a due date");
            }
        }));
        assertThat(broken).isEmpty();
    }

    @Test
    void sequenceFlowIdsEndInFlowAndDecisionsHaveADefault() {
        List<String> broken = new ArrayList<>();
        MODELS.values().forEach(model -> {
            model.getModelElementsByType(SequenceFlow.class).stream().map(SequenceFlow::getId)
                    .filter(id -> !id.matches("[A-Z][A-Za-z0-9]*Flow") || id.endsWith("SequenceFlow"))
                    .forEach(id -> broken.add(id + ": a sequence flow id is <What>Flow"));
            model.getModelElementsByType(ExclusiveGateway.class).stream()
                    .filter(gateway -> gateway.getOutgoing().size() > 1 && gateway.getDefault() == null)
                    .forEach(gateway -> broken.add(gateway.getId() + ": a decision without a default flow"));
        });
        assertThat(broken).isEmpty();
    }

    @Test
    void everyFormIdIsItsFileNameAndEveryReferencedFormExists() throws IOException {
        List<String> broken = new ArrayList<>();
        try (Stream<Path> files = Files.list(FORMS)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".form")).toList()) {
                String name = file.getFileName().toString().replace(".form", "");
                if (!topLevelId(file).equals(name)) {
                    broken.add(file.getFileName() + ": its id is '" + topLevelId(file) + "', not its file name");
                }
            }
        }
        MODELS.values().forEach(model -> {
            model.getModelElementsByType(UserTask.class).forEach(task -> checkFormRef(task.getId(),
                    task.getCamundaFormRef(), task.getCamundaFormRefBinding(), broken));
            model.getModelElementsByType(StartEvent.class).forEach(start -> checkFormRef(start.getId(),
                    start.getCamundaFormRef(), start.getCamundaFormRefBinding(), broken));
        });
        assertThat(broken).isEmpty();
    }

    @Test
    void aChangedModelCarriesANewVersionTag() throws Exception {
        Properties recorded = new Properties();
        try (InputStream in = ModelConventionsTests.class.getResourceAsStream(VERSIONS)) {
            recorded.load(in);
        }
        List<String> broken = new ArrayList<>();
        for (Map.Entry<String, BpmnModelInstance> model : MODELS.entrySet()) {
            String versionTag = model.getValue().getModelElementsByType(Process.class).stream()
                    .filter(Process::isExecutable).findFirst().orElseThrow().getCamundaVersionTag();
            String now = versionTag + " " + checksum(PROCESSES.resolve(model.getKey()));
            String before = recorded.getProperty(model.getKey());
            if (before == null || !before.equals(now)) {
                boolean sameTag = before != null && before.startsWith(versionTag + " ");
                broken.add(model.getKey() + (sameTag
                        ? " changed but kept versionTag " + versionTag + ": raise it (and every caller's "
                          + "calledElementVersionTag), then record it"
                        : ": record it") + " in src/test/resources" + VERSIONS + " as " + model.getKey() + "=" + now);
            }
        }
        assertThat(broken).isEmpty();
    }

    /** SHA-256 of the model's text with line endings normalised, so a checkout on any system agrees. */
    private static String checksum(Path model) throws Exception {
        byte[] text = Files.readString(model).replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text));
    }

    private static void checkFormRef(String element, String formRef, String binding, List<String> broken) {
        if (formRef == null || formRef.startsWith("${")) {
            return;
        }
        if (!Files.exists(FORMS.resolve(formRef + ".form"))) {
            broken.add(element + ": form '" + formRef + "' has no file processes/forms/" + formRef + ".form");
        }
        if (!"latest".equals(binding)) {
            broken.add(element + ": formRefBinding '" + binding + "', not latest");
        }
    }

    private static String topLevelId(Path form) throws IOException {
        return new ObjectMapper().readTree(form.toFile()).path("id").asText();
    }

    private static Stream<Process> processes() {
        return MODELS.values().stream().flatMap(model -> model.getModelElementsByType(Process.class).stream())
                .filter(Process::isExecutable);
    }

    private static String property(UserTask task, String name) {
        if (task.getExtensionElements() == null) {
            return null;
        }
        return task.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(properties -> properties.getCamundaProperties().stream())
                .filter(property -> name.equals(property.getCamundaName()))
                .map(CamundaProperty::getCamundaValue).findFirst().orElse(null);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

package vn.trienkhai.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import vn.trienkhai.system.VariableLabelling;
import vn.trienkhai.system.VariableLabelling.Reading;
import vn.trienkhai.system.VariableLabelling.Variable;

/**
 * The Vietnamese label of each process variable a manager may look at, and of its coded values: taken from
 * the deployed Camunda Forms (a field's label, a choice's label), so a form's new field is labelled where it
 * is defined; variables no form shows are labelled by the feature that owns them ({@link VariableLabelling}).
 * Identifiers and technical variables have no label and are not shown.
 */
@Component
class VariableLabels {

    static final String FORMS = "classpath*:processes/forms/*.form";

    private final Map<String, String> labels;
    private final Map<String, Map<String, String>> choices;
    private final Map<String, Reading> readings;

    /** The owners' declarations first: a variable declared twice is a contract broken, refused at start-up. */
    VariableLabels(ObjectMapper json, List<VariableLabelling> owners) {
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, Reading> readings = new HashMap<>();
        for (VariableLabelling owner : owners) {
            for (Variable variable : owner.variables()) {
                if (readings.put(variable.name(), variable.reading()) != null) {
                    throw new IllegalStateException("Variable " + variable.name() + " is declared twice");
                }
                if (variable.label() != null) {
                    labels.put(variable.name(), variable.label());
                }
            }
        }
        Map<String, Map<String, String>> choices = new HashMap<>();
        try {
            Resource[] forms = new PathMatchingResourcePatternResolver().getResources(FORMS);
            // a key on several forms takes the label of the first by file name, the same on every node
            Arrays.sort(forms, Comparator.comparing(Resource::getFilename));
            for (Resource form : forms) {
                try (InputStream in = form.getInputStream()) {
                    collect(json.readTree(in).path("components"), labels, choices);
                }
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read the deployed forms' labels", unreadable);
        }
        this.labels = Map.copyOf(labels);
        this.choices = Map.copyOf(choices);
        this.readings = Map.copyOf(readings);
    }

    /** The variable's label; empty for identifiers and variables no one needs to read. */
    Optional<String> labelOf(String variable) {
        if (readingOf(variable) == Reading.HIDDEN) {
            return Optional.empty();
        }
        return Optional.ofNullable(labels.get(variable));
    }

    /** How the variable's value reads, as its owner declares it; a form's field reads as it is. */
    Reading readingOf(String variable) {
        return readings.getOrDefault(variable, Reading.VALUE);
    }

    /** The label of a coded value ("APPROVE" → "Đồng ý"), as the form that wrote it offers it. */
    Optional<String> choiceOf(String variable, String value) {
        return Optional.ofNullable(choices.getOrDefault(variable, Map.of()).get(value));
    }

    private static void collect(JsonNode components, Map<String, String> labels,
                                Map<String, Map<String, String>> choices) {
        for (JsonNode component : components) {
            String key = component.path("key").asText("");
            String label = component.hasNonNull("label") ? component.path("label").asText()
                    : component.path("dateLabel").asText("");
            if (!key.isEmpty() && !label.isBlank()) {
                labels.putIfAbsent(key, label.strip());
            }
            for (JsonNode choice : component.path("values")) {
                choices.computeIfAbsent(key, k -> new HashMap<>())
                        .putIfAbsent(choice.path("value").asText(), choice.path("label").asText());
            }
            collect(component.path("components"), labels, choices);
        }
    }
}

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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The Vietnamese label of each process variable a manager may look at, and of its coded values: taken from
 * the deployed Camunda Forms (a field's label, a choice's label), so a form's new field is labelled where it
 * is defined; variables no form shows are labelled here. Identifiers and technical variables have no label
 * and are not shown.
 */
@Component
class VariableLabels {

    static final String FORMS = "classpath*:processes/forms/*.form";

    private static final Map<String, String> NOT_ON_FORMS = Map.ofEntries(
            Map.entry("planId", "Kế hoạch"),
            Map.entry("unitCode", "Đơn vị"),
            Map.entry("cascadingUnitCode", "Đơn vị triển khai tiếp xuống cơ sở"),
            Map.entry("roundSequence", "Kỳ báo cáo thứ"),
            Map.entry("roundCount", "Số kỳ báo cáo"),
            Map.entry("taskRound", "Kỳ báo cáo tiếp theo của nhiệm vụ"),
            Map.entry("rolloutOn", "Ngày triển khai"),
            Map.entry("acceptPastDeadlines", "Triển khai dù có hạn đã qua"),
            Map.entry("reportApproved", "Báo cáo đã được phê duyệt"),
            Map.entry("finalNote", "Ghi chú khi hoàn thiện báo cáo"),
            Map.entry("taskState", "Tình trạng"));

    /** Shown by what they identify (planId, unitCode) or not at all. */
    static final Set<String> HIDDEN = Set.of("rolloutId", "parentRolloutId", "planTaskId", "roundId",
            "reportDocumentId", "metricKeys", "otherMetricsHint", "taskId");

    private final Map<String, String> labels;
    private final Map<String, Map<String, String>> choices;

    VariableLabels(ObjectMapper json) {
        Map<String, String> labels = new LinkedHashMap<>(NOT_ON_FORMS);
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
    }

    /** The variable's label; empty for identifiers and variables no one needs to read. */
    Optional<String> labelOf(String variable) {
        if (HIDDEN.contains(variable)) {
            return Optional.empty();
        }
        return Optional.ofNullable(labels.get(variable));
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

package vn.trienkhai.drafting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.trienkhai.deadline.DeadlineSpec;
import vn.trienkhai.plan.DeadlineText;
import vn.trienkhai.system.FieldError;
import vn.trienkhai.system.InvalidDocumentException;

/**
 * The editor sends deadlines as people type them ("trước ngày 29/01/2027", "quý I/2027"); a draft
 * is stored with them in the plan document's own form, so the preview and the import read it as is.
 */
final class DraftDocuments {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] STAGES = {"study", "disseminate", "unitPlan"};

    private DraftDocuments() {
    }

    static ObjectNode normalised(ObjectNode document, LocalDate today) {
        ObjectNode copy = document.deepCopy();
        int year = contextYear(copy, today);
        List<FieldError> errors = new ArrayList<>();
        JsonNode tasks = copy.path("tasks");
        for (int i = 0; i < tasks.size(); i++) {
            if (tasks.get(i) instanceof ObjectNode task) {
                convert(task, "deadline", "tasks[" + i + "].deadline", year, errors);
            }
        }
        if (copy.path("stages") instanceof ObjectNode stages) {
            for (String stage : STAGES) {
                convert(stages, stage, "stages." + stage, year, errors);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidDocumentException(errors);
        }
        return copy;
    }

    private static void convert(ObjectNode owner, String name, String field, int year, List<FieldError> errors) {
        JsonNode value = owner.get(name);
        if (value == null || !value.isTextual()) {
            return;
        }
        String text = value.asText().strip();
        if (text.isEmpty()) {
            owner.remove(name);
            return;
        }
        if (text.equals("continuous") || text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return;
        }
        Optional<DeadlineSpec> spec = DeadlineWording.read(text, year);
        if (spec.isEmpty()) {
            errors.add(new FieldError(field, "không đọc được thời hạn «" + text + "»; viết như trong kế hoạch, ví dụ"
                    + " «trước ngày 29/01/2027», «trong tháng 3/2027», «quý I/2027», «10 ngày làm việc», «thường xuyên»"));
            return;
        }
        owner.set(name, JSON.valueToTree(DeadlineText.toDocument(spec.get())));
    }

    private static int contextYear(ObjectNode document, LocalDate today) {
        String end = document.path("plan").path("endDate").asText("");
        return end.matches("\\d{4}-.*") ? Integer.parseInt(end.substring(0, 4)) : today.getYear();
    }
}

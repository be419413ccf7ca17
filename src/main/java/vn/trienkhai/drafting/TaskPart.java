package vn.trienkhai.drafting;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import vn.trienkhai.deadline.DeadlineSpec;
import vn.trienkhai.plan.DeadlineText;

/** Writes the tasks into the document, each guess a finding, a missing lead taken from the lead units. */
final class TaskPart {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> leadUnits;
    private final Findings findings;

    TaskPart(List<String> leadUnits, Findings findings) {
        this.leadUnits = leadUnits;
        this.findings = findings;
    }

    ArrayNode write(List<DraftTask> tasks) {
        ArrayNode array = JSON.createArrayNode();
        for (int i = 0; i < tasks.size(); i++) {
            array.add(write(tasks.get(i), "tasks[" + i + "]"));
        }
        return array;
    }

    private ObjectNode write(DraftTask task, String field) {
        ObjectNode node = JSON.createObjectNode();
        node.put("code", task.code()).put("title", task.title());
        if (task.description() != null && !task.description().isBlank()) {
            node.put("description", task.description());
        }
        lead(task, node, field);
        List<String> coordinating = task.coordinatingCodes().stream()
                .filter(code -> !code.equals(node.path("lead").asText())).toList();
        if (!coordinating.isEmpty()) {
            node.set("coordinating", JSON.valueToTree(coordinating));
            findings.add(field + ".coordinating", String.join("; ", task.assignment().coordinating().stream()
                    .map(UnitPhrases.Named::source).toList()), "đơn vị phối hợp: " + String.join(", ", coordinating));
        }
        task.assignment().unmatched().forEach(named -> findings.unmatched(field, named.source(), named.match().note()));
        deadline(task, node, field);
        if (task.output() != null) {
            node.put("output", task.output());
            findings.add(field + ".output", task.outputSource(), "sản phẩm");
        }
        return node;
    }

    private void lead(DraftTask task, ObjectNode node, String field) {
        if (task.leadCode() != null) {
            node.put("lead", task.leadCode());
            findings.add(field + ".lead", task.assignment().lead().source(), "đơn vị chủ trì: " + task.leadCode());
        } else if (!leadUnits.isEmpty()) {
            node.put("lead", leadUnits.get(0));
            findings.add(field + ".lead", "", "văn bản không giao đơn vị chủ trì; tạm giao đơn vị theo dõi "
                    + leadUnits.get(0) + ", cần chọn");
        } else {
            findings.add(field + ".lead", "", "văn bản không giao đơn vị chủ trì; cần chọn");
        }
    }

    private void deadline(DraftTask task, ObjectNode node, String field) {
        if (task.deadline() == null) {
            node.put("deadline", "continuous");
            findings.add(field + ".deadline", "", "văn bản không nêu thời hạn; tạm để thường xuyên");
            return;
        }
        DeadlineSpec spec = task.deadline().spec();
        node.set("deadline", JSON.valueToTree(DeadlineText.toDocument(spec)));
        findings.add(field + ".deadline", task.deadline().source(), task.deadline().yearAssumed()
                ? "văn bản không ghi năm; tạm lấy năm của kế hoạch, cần kiểm tra" : "thời hạn đọc từ văn bản");
    }
}

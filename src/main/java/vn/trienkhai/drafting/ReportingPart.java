package vn.trienkhai.drafting;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.trienkhai.deadline.ReportingFrequency;

/** The reporting calendar of the document, quarterly and three working days when the text says nothing. */
final class ReportingPart {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DEFAULT_WORKING_DAYS = 3;

    private ReportingPart() {
    }

    static ObjectNode write(PlanOutline outline, Findings findings) {
        List<String> texts = new ArrayList<>();
        outline.sections().forEach(section -> {
            texts.addAll(section.loose());
            section.items().forEach(item -> {
                texts.add(item.text());
                texts.addAll(item.body());
            });
        });
        ReportingReader.Calendar calendar = new ReportingReader().read(texts);
        ObjectNode reporting = JSON.createObjectNode();
        ReportingFrequency every = calendar.every() == null ? ReportingFrequency.QUARTER : calendar.every();
        reporting.put("every", every.name().toLowerCase(Locale.ROOT));
        findings.add("reporting.every", calendar.everySource(), calendar.every() == null
                ? "văn bản không nêu kỳ báo cáo; tạm để hằng quý" : "kỳ báo cáo đọc từ văn bản");
        int days = calendar.submitWorkingDays() == null ? DEFAULT_WORKING_DAYS : calendar.submitWorkingDays();
        reporting.put("submitWorkingDays", days);
        findings.add("reporting.submitWorkingDays", calendar.dueSource(), calendar.submitWorkingDays() == null
                ? "văn bản không nêu hạn gửi báo cáo; tạm để " + days + " ngày làm việc sau ngày chốt số liệu (14)"
                : "hạn gửi quy ra khoảng " + days + " ngày làm việc sau ngày chốt số liệu (14), cần kiểm tra");
        reporting.put("finalReview", true);
        return reporting;
    }
}

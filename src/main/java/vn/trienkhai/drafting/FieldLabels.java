package vn.trienkhai.drafting;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.trienkhai.system.FieldError;

/** The plan document's fields as the editor names them, for refusals a person reads in Tasklist. */
final class FieldLabels {

    private static final Pattern INDEXED = Pattern.compile("^(tasks|participants|metrics|recipients|reportRecipients|leadUnits)\\[(\\d+)\\](?:\\.(\\w+))?.*$");

    private static final Map<String, String> PLAIN = Map.ofEntries(
            Map.entry("directive", "Văn bản cấp trên"),
            Map.entry("directive.number", "Văn bản cấp trên – số, ký hiệu"),
            Map.entry("directive.date", "Văn bản cấp trên – ngày"),
            Map.entry("directive.issuer", "Văn bản cấp trên – cơ quan ban hành"),
            Map.entry("directive.summary", "Văn bản cấp trên – trích yếu"),
            Map.entry("parentPlan", "Kế hoạch cấp trên"),
            Map.entry("plan", "Kế hoạch"),
            Map.entry("plan.number", "Số, ký hiệu"),
            Map.entry("plan.issuingUnit", "Đơn vị ban hành"),
            Map.entry("plan.place", "Địa danh"),
            Map.entry("plan.date", "Ngày ban hành"),
            Map.entry("plan.summary", "Trích yếu"),
            Map.entry("plan.layout", "Thể thức"),
            Map.entry("plan.endDate", "Ngày kết thúc kế hoạch"),
            Map.entry("plan.signer", "Người ký"),
            Map.entry("plan.signer.authority", "Người ký – quyền hạn ký"),
            Map.entry("plan.signer.title", "Người ký – chức vụ"),
            Map.entry("plan.signer.name", "Người ký – họ tên"),
            Map.entry("leadUnits", "Đơn vị chủ trì, theo dõi"),
            Map.entry("participants", "Đơn vị tham gia"),
            Map.entry("stages", "Thời hạn các bước"),
            Map.entry("stages.study", "Thời hạn học tập, quán triệt"),
            Map.entry("stages.disseminate", "Thời hạn tuyên truyền, phổ biến"),
            Map.entry("stages.unitPlan", "Thời hạn xây dựng kế hoạch của đơn vị"),
            Map.entry("tasks", "Nhiệm vụ"),
            Map.entry("reporting", "Chế độ báo cáo"),
            Map.entry("reporting.every", "Kỳ báo cáo"),
            Map.entry("reporting.submitWorkingDays", "Số ngày làm việc để gửi báo cáo"),
            Map.entry("reporting.finalReview", "Tổng kết khi kết thúc"),
            Map.entry("metrics", "Chỉ tiêu báo cáo"),
            Map.entry("recipients", "Nơi nhận"),
            Map.entry("reportRecipients", "Nơi nhận báo cáo"),
            Map.entry("escalation", "Nhắc việc, cảnh báo"));

    private static final Map<String, String> TASK_PARTS = Map.of("code", "số thứ tự", "title", "tên nhiệm vụ",
            "description", "nội dung", "lead", "đơn vị chủ trì", "coordinating", "đơn vị phối hợp",
            "deadline", "thời hạn", "output", "sản phẩm");
    private static final Map<String, String> METRIC_PARTS = Map.of("key", "mã", "label", "tên", "unit", "đơn vị tính");
    private static final Map<String, String> LISTS = Map.of("tasks", "Nhiệm vụ", "participants", "Đơn vị tham gia",
            "metrics", "Chỉ tiêu", "recipients", "Nơi nhận", "reportRecipients", "Nơi nhận báo cáo",
            "leadUnits", "Đơn vị chủ trì");

    private FieldLabels() {
    }

    static String of(String field) {
        if (field == null) {
            return "Kế hoạch";
        }
        Matcher indexed = INDEXED.matcher(field);
        if (indexed.matches()) {
            String label = LISTS.get(indexed.group(1)) + " " + (Integer.parseInt(indexed.group(2)) + 1);
            String part = indexed.group(3);
            String partLabel = part == null ? null : indexed.group(1).equals("metrics") ? METRIC_PARTS.get(part)
                    : TASK_PARTS.getOrDefault(part, part.equals("unit") ? "đơn vị" : part.equals("cascade") ? "triển khai xuống cấp dưới" : null);
            return partLabel == null ? label : label + " – " + partLabel;
        }
        String key = field;
        while (!PLAIN.containsKey(key) && key.contains(".")) {
            key = key.substring(0, key.lastIndexOf('.'));
        }
        return PLAIN.getOrDefault(key, field);
    }

    /** "Trường «Nhiệm vụ 2 – thời hạn»: ..." for the first errors, as the refusal of a form. */
    static String describe(java.util.List<FieldError> errors) {
        StringBuilder text = new StringBuilder();
        errors.stream().limit(3).forEach(error -> text.append(text.isEmpty() ? "" : "; ")
                .append("Trường «").append(of(error.field())).append("»: ").append(error.message()));
        if (errors.size() > 3) {
            text.append("; và ").append(errors.size() - 3).append(" lỗi khác");
        }
        return text.append(".").toString();
    }
}

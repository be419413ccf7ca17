package vn.trienkhai.drafting;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The directive the plan carries out, and the other plans it cites (a possible parent plan). */
final class DirectivePart {

    private DirectivePart() {
    }

    static void write(ObjectNode document, PlanHeader header, Findings findings) {
        PlanHeader.Cited cited = header.directive();
        if (cited == null) {
            findings.add("directive", "", "không tìm thấy văn bản mà kế hoạch thực hiện (Chỉ thị, Nghị quyết ... số ...)");
            return;
        }
        ObjectNode directive = document.putObject("directive");
        directive.put("number", cited.number());
        findings.add("directive.number", cited.source(), cited.kind() + " số " + cited.number());
        if (cited.date() != null) {
            directive.put("date", cited.date().toString());
        } else {
            findings.add("directive.date", cited.source(), "văn bản không ghi ngày của " + cited.kind() + "; cần điền");
        }
        if (cited.issuer() != null) {
            directive.put("issuer", cited.issuer());
            findings.add("directive.issuer", cited.source(), "cơ quan ban hành đọc sau chữ \"của\"");
        } else {
            findings.add("directive.issuer", cited.source(), "không rõ cơ quan ban hành; cần điền");
        }
        if (cited.summary() != null) {
            directive.put("summary", cited.summary());
            findings.add("directive.summary", cited.source(), "trích yếu đọc sau chữ \"về\"");
        } else {
            findings.add("directive.summary", cited.source(), "không rõ trích yếu; cần điền");
        }
        for (PlanHeader.Cited other : header.otherCited()) {
            if (other.kind().equalsIgnoreCase("Kế hoạch")) {
                findings.add("parentPlan", other.source(), "kế hoạch cấp trên số " + other.number()
                        + "; điền parentPlan nếu kế hoạch này đã có trong hệ thống");
            }
        }
    }
}

package vn.trienkhai.reporting;

import java.util.List;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.ReportRecipients;
import vn.trienkhai.reporting.store.StoredReport;

/** The plain-text body of the approved report's mail, in Vietnamese. */
final class ReportMailText {

    private ReportMailText() {
    }

    static String body(Plan plan, ReportRound round, StoredReport report, List<ReportMail.Attachment> attachments,
                       String clerk) {
        StringBuilder body = new StringBuilder()
                .append(plan.getIssuingUnit().getName()).append(" gửi báo cáo tổng hợp kết quả thực hiện kế hoạch ")
                .append(plan.getSummary()).append(", kỳ ").append(round.getPeriodLabel())
                .append(", đã được lãnh đạo phê duyệt.\n\nTệp đính kèm:\n");
        body.append("- ").append(attachments.get(0).fileName()).append(" (bản Word)\n");
        body.append("- ").append(attachments.get(1).fileName()).append(report.pdfFromDraft()
                ? " (bản PDF tạo từ dự thảo; bản Word là bản hoàn thiện)\n" : " (bản PDF)\n");
        body.append("\nBản chính do ").append(clerk).append(" vào sổ, ghi số, ngày và phát hành theo Nơi nhận:\n");
        ReportRecipients.of(plan).forEach(line -> body.append("- ").append(line).append('\n'));
        return body.append("\nThư gửi tự động từ hệ thống theo dõi triển khai kế hoạch.").toString();
    }
}

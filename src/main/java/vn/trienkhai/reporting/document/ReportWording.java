package vn.trienkhai.reporting.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.trienkhai.plan.PlanLayout;

/**
 * The fixed wording of the report's frame: header, title, headings, signature. Both writers take their text from
 * here, so the DOCX and the PDF say the same thing.
 */
final class ReportWording {

    static final String STATE_MOTTO_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String STATE_MOTTO = "Độc lập - Tự do - Hạnh phúc";
    static final String PARTY_TITLE = "ĐẢNG CỘNG SẢN VIỆT NAM";
    static final String PARTY_STAR = "*";
    static final String RECIPIENTS = "Nơi nhận:";
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s;,.]+$");
    static final String APPENDIX = "PHỤ LỤC";
    private static final String BLANK_NUMBER = "      ";
    private static final String BLANK_DAY = "    ";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private ReportWording() {
    }

    static String upper(String text) {
        return SafeText.line(text).toUpperCase(VIETNAMESE);
    }

    /** "Số:      /BC-UBND" (state) or "Số      -BC/TU" (Party). */
    static String numberLine(ConsolidatedReport report) {
        DocumentNumber number = report.number();
        String digits = number.number() == null ? BLANK_NUMBER : " " + number.number();
        String prefix = report.layout() == PlanLayout.PARTY ? "Số" : "Số:";
        return prefix + digits + SafeText.line(number.symbol());
    }

    /** "Ái Quốc, ngày    tháng    năm 2026" or "Ái Quốc, ngày 05 tháng 10 năm 2026". */
    static String dateLine(DocumentDate date) {
        return SafeText.line(date.place()) + ", " + dayMonthYear(date);
    }

    /** "ngày    tháng    năm 2026", the day and month left blank for the clerk until the report is issued. */
    private static String dayMonthYear(DocumentDate date) {
        String day = date.day() == null ? BLANK_DAY : " " + VietnameseFormat.documentDay(date.day()) + " ";
        String month = date.month() == null ? BLANK_DAY : " " + VietnameseFormat.documentMonth(date.month()) + " ";
        return "ngày" + day + "tháng" + month + "năm " + date.year();
    }

    static String documentType() {
        return "BÁO CÁO";
    }

    /** "(Kèm theo Báo cáo số    /BC-UBND ngày    tháng    năm 2026 của UBND phường Ái Quốc)". */
    static String appendixNote(ConsolidatedReport report) {
        String number = numberLine(report).replaceFirst("^Số:?", "số");
        return "(Kèm theo Báo cáo " + number + " " + dayMonthYear(report.date()) + " của "
                + SafeText.line(report.issuingBody().name()) + ")";
    }

    /**
     * The Nơi nhận lines as printed: each with its dash, every line but the last ending with ";" (state, Nghị định
     * 30/2020) or "," (party, Hướng dẫn 36-HD/VPTW), the last ("Lưu: VT, ...") with "."; whatever the plan wrote at
     * the end of a line is replaced, so lines copied with their punctuation are not doubled.
     */
    static List<String> recipientLines(List<String> recipients, PlanLayout layout) {
        String separator = layout == PlanLayout.PARTY ? "," : ";";
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < recipients.size(); i++) {
            String line = SafeText.line(recipients.get(i)).strip();
            line = line.startsWith("-") ? line.substring(1).strip() : line;
            line = TRAILING_PUNCTUATION.matcher(line).replaceFirst("");
            if (!line.isEmpty()) {
                lines.add("- " + line + (i == recipients.size() - 1 ? "." : separator));
            }
        }
        return lines;
    }

    static String statusLabel(SubmissionStatus status) {
        return switch (status) {
            case ON_TIME -> "Đúng hạn";
            case LATE -> "Chậm";
            case MISSING -> "Chưa báo cáo";
        };
    }
}

package vn.trienkhai.reporting.document;

/**
 * A body paragraph: an optional bold lead ("1. Đơn vị báo cáo đúng hạn (3):") and a text already cleaned, whose
 * newlines are line breaks.
 */
record Paragraph(String lead, String text) {

    static Paragraph text(String text) {
        return new Paragraph("", text);
    }

    static Paragraph lead(String lead) {
        return new Paragraph(lead, "");
    }
}

package vn.trienkhai.reporting.document;

import java.util.List;
import java.util.Optional;

/** A numbered section of the body ("II. SỐ LIỆU TỔNG HỢP"): its paragraphs, then its table if any. */
record Section(String heading, List<Paragraph> paragraphs, Optional<ReportTable> table) {
}

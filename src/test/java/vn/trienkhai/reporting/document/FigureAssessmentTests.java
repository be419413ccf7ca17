package vn.trienkhai.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FigureAssessmentTests {

    @Test
    void eachFigureIsAssessedInWordsAgainstThePreviousQuarterAndLastYear() {
        List<String> sentences = FigureAssessment.of(SampleReports.aiQuoc()).stream()
                .map(paragraph -> paragraph.lead() + paragraph.text()).toList();

        assertThat(sentences).containsExactly(
                "- Số vụ tai nạn giao thông: 8 vụ, giảm 2 vụ (20,0%) so với quý trước, bằng cùng kỳ năm 2025.",
                "- Số người chết: 1 người, tăng 1 người so với quý trước.",
                "- Số tiền phạt: 9.234.567 đồng, tăng 1.026.063 đồng (12,5%) so với quý trước.",
                "- Số buổi học tập, quán triệt: 3 buổi.");
    }

    @Test
    void theIssueExampleReadsAsWritten() {
        ConsolidatedReport base = SampleReports.aiQuoc();
        ConsolidatedReport report = new ConsolidatedReport(base.issuingBody(), base.layout(), base.number(),
                base.date(), base.subject(), base.periodLabel(), base.metrics().subList(0, 1),
                List.of(MetricTotal.of("accidents", BigDecimal.valueOf(8), BigDecimal.valueOf(9), BigDecimal.TEN)),
                base.lines(), base.outreach(), base.findings(), base.signature(), base.recipients());

        assertThat(FigureAssessment.of(report)).singleElement().extracting(Paragraph::text)
                .isEqualTo("8 vụ, giảm 1 vụ (11,1%) so với quý trước, giảm 2 vụ (20,0%) so với cùng kỳ năm 2025.");
    }

    @Test
    void periodsAreNamedTheWayAReportNamesThem() {
        assertThat(FigureAssessment.previousPeriod("quý III/2026")).isEqualTo("quý trước");
        assertThat(FigureAssessment.previousPeriod("tháng 9/2026")).isEqualTo("tháng trước");
        assertThat(FigureAssessment.previousPeriod("6 tháng đầu năm 2026")).isEqualTo("kỳ trước");
        assertThat(FigureAssessment.samePeriodLastYear("quý III/2026")).contains("cùng kỳ năm 2025");
        assertThat(FigureAssessment.samePeriodLastYear("năm 2025")).as("a year: the previous period is last year")
                .isEmpty();
    }

    @Test
    void theDocxCarriesTheSentencesBeforeTheTable() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new DocxReportWriter().write(SampleReports.aiQuoc(), out);
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(out.toByteArray()));
             var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
            String text = extractor.getText();
            int sentence = text.indexOf("giảm 2 vụ (20,0%) so với quý trước, bằng cùng kỳ năm 2025.");
            assertThat(sentence).isPositive().isGreaterThan(text.indexOf("II. SỐ LIỆU TỔNG HỢP"))
                    .isLessThan(text.indexOf("III. TÌNH HÌNH BÁO CÁO"));
        }
    }
}

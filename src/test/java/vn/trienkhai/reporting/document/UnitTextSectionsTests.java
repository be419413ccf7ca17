package vn.trienkhai.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** The opening sentence and the units' texts gathered in the body, in the DOCX and in the PDF alike. */
class UnitTextSectionsTests {

    static final String OPENING = "Thực hiện Kế hoạch số 12/KH-UBND ngày 10/3/2026 của Ủy ban nhân dân phường Ái Quốc "
            + "triển khai Chỉ thị số 08-CT/TU ngày 04/3/2026 của Ban Thường vụ Thành ủy Hải Phòng về tăng cường lãnh "
            + "đạo, Ủy ban nhân dân phường báo cáo kết quả quý III/2026 như sau:";

    private static ConsolidatedReport report(List<UnitNarrative> narratives) {
        ConsolidatedReport base = SampleReports.aiQuoc();
        List<UnitFigures> units = narratives.stream().map(narrative -> new UnitFigures(narrative.unitName(),
                SubmissionStatus.ON_TIME, LocalDateTime.of(2026, 10, 2, 9, 30), Map.of())).toList();
        return new ConsolidatedReport(base.issuingBody(), base.layout(), base.number(), base.date(), base.subject(),
                base.periodLabel(), base.metrics(), base.totals(), UnitLines.of(units, narratives), base.outreach(),
                base.findings(), base.signature(), base.recipients()).withOpening(OPENING);
    }

    private static ConsolidatedReport aiQuoc() {
        return report(List.of(
                new UnitNarrative("Tổ dân phố số 1", new Findings("Ra quân dọn vỉa hè 4 lần.",
                        "Người dân còn lấn chiếm vỉa hè.", "Đề nghị hỗ trợ kinh phí làm biển báo.")),
                new UnitNarrative("Tổ dân phố số 2", new Findings("Tuyên truyền qua loa phát thanh.",
                        "người dân  còn lấn chiếm vỉa hè", "Không có.")),
                new UnitNarrative("Công an phường", new Findings("Tuần tra 40 ca.", "Thiếu nhân lực.", ""))));
    }

    @Test
    void docxOpensWithThePlanAndGathersWhatUnitsWrote() throws IOException {
        try (XWPFDocument document = DocxReportWriterTests.written(aiQuoc())) {
            List<String> paragraphs = PlanTaskSectionTests.paragraphs(document);
            assertThat(paragraphs).containsSubsequence(OPENING, "I. KẾT QUẢ THỰC HIỆN",
                    "3. Kết quả cụ thể của các đơn vị:",
                    "- Công an phường: Tuần tra 40 ca;",
                    "- Tổ dân phố số 1: Ra quân dọn vỉa hè 4 lần;",
                    "- Tổ dân phố số 2: Tuyên truyền qua loa phát thanh.",
                    "II. SỐ LIỆU TỔNG HỢP",
                    "IV. HẠN CHẾ, KHÓ KHĂN", "Các đơn vị nêu những hạn chế, khó khăn sau:",
                    "- Công an phường: Thiếu nhân lực;",
                    "- Tổ dân phố số 1, Tổ dân phố số 2: Người dân còn lấn chiếm vỉa hè.",
                    "V. KIẾN NGHỊ, ĐỀ XUẤT", "Các đơn vị kiến nghị, đề xuất:",
                    "- Tổ dân phố số 1: Đề nghị hỗ trợ kinh phí làm biển báo.",
                    "PHỤ LỤC");
            assertThat(paragraphs).doesNotContain("- Tổ dân phố số 2: Không có.")
                    .noneMatch(text -> text.startsWith("Trong quý III/2026, các cơ quan"));
            // the appendix keeps each unit's own words
            assertThat(paragraphs).contains("- Hạn chế: người dân  còn lấn chiếm vỉa hè", "- Kiến nghị: Không có.");
        }
    }

    @Test
    void pdfSaysTheSame() throws IOException {
        String pdf = PlanTaskSectionTests.oneLine(PdfReportWriterTests.text(PdfReportWriterTests.written(aiQuoc())));
        assertThat(pdf).containsSubsequence(OPENING, "I. KẾT QUẢ THỰC HIỆN", "3. Kết quả cụ thể của các đơn vị:",
                "- Công an phường: Tuần tra 40 ca;", "IV. HẠN CHẾ, KHÓ KHĂN",
                "- Tổ dân phố số 1, Tổ dân phố số 2: Người dân còn lấn chiếm vỉa hè.",
                "- Tổ dân phố số 1: Đề nghị hỗ trợ kinh phí làm biển báo.", "PHỤ LỤC");
    }

    @Test
    void causesAreGatheredUnderTheLimitationsAndKeptInTheAppendix() throws IOException {
        ConsolidatedReport report = report(List.of(
                new UnitNarrative("Tổ dân phố số 1", new Findings("Ra quân 4 lần.", "Người dân còn lấn chiếm vỉa hè.",
                        "Ý thức chấp hành chưa cao.", "")),
                new UnitNarrative("Tổ dân phố số 2", new Findings("Tuyên truyền.", "Thiếu kinh phí.",
                        "ý thức chấp hành  chưa cao", "")),
                new UnitNarrative("Công an phường", new Findings("Tuần tra.", "Thiếu nhân lực.",
                        "Lực lượng mỏng; địa bàn rộng.", ""))));
        try (XWPFDocument document = DocxReportWriterTests.written(report)) {
            List<String> paragraphs = PlanTaskSectionTests.paragraphs(document);
            assertThat(paragraphs).containsSubsequence("IV. HẠN CHẾ, KHÓ KHĂN VÀ NGUYÊN NHÂN", "1. Hạn chế, khó khăn",
                    "Các đơn vị nêu những hạn chế, khó khăn sau:", "2. Nguyên nhân",
                    "Các đơn vị nêu những nguyên nhân sau:",
                    "- Tổ dân phố số 1, Tổ dân phố số 2: Ý thức chấp hành chưa cao;",
                    "- Công an phường: Lực lượng mỏng; địa bàn rộng.", "V. KIẾN NGHỊ, ĐỀ XUẤT", "PHỤ LỤC",
                    "- Nguyên nhân: ý thức chấp hành  chưa cao");
        }
        String pdf = PlanTaskSectionTests.oneLine(PdfReportWriterTests.text(PdfReportWriterTests.written(report)));
        assertThat(pdf).containsSubsequence("IV. HẠN CHẾ, KHÓ KHĂN VÀ NGUYÊN NHÂN", "2. Nguyên nhân",
                "- Tổ dân phố số 1, Tổ dân phố số 2: Ý thức chấp hành chưa cao;");
    }

    @Test
    void nobodyWroteAnythingIsOneSentence() throws IOException {
        ConsolidatedReport report = report(List.of(new UnitNarrative("Tổ dân phố số 1",
                new Findings("", "Không", "không có kiến nghị"))));
        try (XWPFDocument document = DocxReportWriterTests.written(report)) {
            assertThat(PlanTaskSectionTests.paragraphs(document)).containsSubsequence("IV. HẠN CHẾ, KHÓ KHĂN",
                    "Các đơn vị không nêu hạn chế, khó khăn.", "V. KIẾN NGHỊ, ĐỀ XUẤT",
                    "Các đơn vị không nêu kiến nghị, đề xuất.")
                    .doesNotContain("3. Kết quả cụ thể của các đơn vị:");
        }
    }

    @Test
    void pastThirtyTextsTheOthersArePointedToTheAppendix() throws IOException {
        List<UnitNarrative> narratives = java.util.stream.IntStream.rangeClosed(1, 35).mapToObj(i -> new UnitNarrative(
                "Tổ dân phố số " + i, new Findings("Kết quả riêng số " + i, "Hạn chế riêng số " + i, ""))).toList();
        try (XWPFDocument document = DocxReportWriterTests.written(report(narratives))) {
            List<String> paragraphs = PlanTaskSectionTests.paragraphs(document);
            assertThat(paragraphs).containsSubsequence("- Tổ dân phố số 1: Kết quả riêng số 1;",
                    "- Tổ dân phố số 30: Kết quả riêng số 30.", "Kết quả của 5 đơn vị khác tại Phụ lục kèm theo.",
                    "IV. HẠN CHẾ, KHÓ KHĂN", "- Tổ dân phố số 30: Hạn chế riêng số 30.",
                    "Hạn chế, khó khăn của 5 đơn vị khác tại Phụ lục kèm theo.")
                    .doesNotContain("- Tổ dân phố số 31: Kết quả riêng số 31;")
                    .contains("- Kết quả: Kết quả riêng số 35");
        }
    }

    @Test
    void withoutAnOpeningTheIssuingBodyReports() throws IOException {
        ConsolidatedReport report = aiQuoc().withOpening("");
        try (XWPFDocument document = DocxReportWriterTests.written(report)) {
            assertThat(PlanTaskSectionTests.paragraphs(document)).containsSubsequence(
                    "UBND phường Ái Quốc báo cáo kết quả thực hiện Kế hoạch quý III/2026 như sau:",
                    "I. KẾT QUẢ THỰC HIỆN");
        }
    }

    @Test
    void hostileTextInAGatheredLineIsEscapedInTheDocxAndLiteralInThePdf() throws IOException {
        ConsolidatedReport report = report(List.of(
                new UnitNarrative("<i>Tổ</i> & \u202Edân", new Findings("", "<b>Thiếu</b> & ]]> ${x}", "")),
                new UnitNarrative("Tổ 2", new Findings("", "<B>thiếu</B>   &  ]]> ${X}\u0007", ""))))
                .withOpening("Thực hiện <w:p> & \u0000 kế hoạch:");
        byte[] docx = DocxReportWriterTests.bytes(report);
        String xml = PlanTaskSectionTests.documentXml(docx);
        assertThat(xml).contains("- &lt;i&gt;Tổ&lt;/i&gt; &amp; dân, Tổ 2: &lt;b&gt;Thiếu&lt;/b&gt; &amp; ]]&gt; ${x}.",
                "Thực hiện &lt;w:p&gt; &amp;  kế hoạch:").doesNotContain("<b>Thiếu", "\u202E", "<w:p> &");
        String pdf = PlanTaskSectionTests.oneLine(PdfReportWriterTests.text(PdfReportWriterTests.written(report)));
        assertThat(pdf).contains("- <i>Tổ</i> & dân, Tổ 2: <b>Thiếu</b> & ]]> ${x}.", "Thực hiện <w:p> &");
    }
}

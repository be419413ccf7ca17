package vn.trienkhai.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** The plan's tasks in both documents: the table section, the next period's list, and nothing when there are none. */
class PlanTaskSectionTests {

    static final List<String> HEADERS = List.of("STT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn", "Kết quả / sản phẩm",
            "Tình trạng");
    static final String NEXT_ITEM =
            "- NV3. Ra quân xử lý vi phạm lấn chiếm vỉa hè (chủ trì: Công an phường; thời hạn: 30/11/2026).";

    @Test
    void docxPrintsTheTasksTableAsSectionThreeAndTheNextPeriodsTasksBeforeTheProposals() throws IOException {
        try (XWPFDocument document = DocxReportWriterTests.written(SampleReports.aiQuocWithTasks())) {
            List<String> texts = paragraphs(document);
            assertThat(texts).containsSubsequence("I. KẾT QUẢ THỰC HIỆN", "II. SỐ LIỆU TỔNG HỢP",
                    "III. TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ CỦA KẾ HOẠCH",
                    "Đến thời điểm báo cáo, Kế hoạch có 4 nhiệm vụ: 1 hoàn thành đúng hạn, 1 đang thực hiện quá hạn, "
                            + "2 đang thực hiện trong hạn; tình hình thực hiện từng nhiệm vụ như sau:",
                    "IV. TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ", "V. HẠN CHẾ, KHÓ KHĂN", "VI. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI",
                    "Tập trung thực hiện các nhiệm vụ của Kế hoạch đến hạn trong quý IV/2026:", NEXT_ITEM,
                    "VII. KIẾN NGHỊ, ĐỀ XUẤT", "PHỤ LỤC");
            XWPFTable tasks = document.getTables().get(2);
            assertThat(tasks.getRow(0).getTableCells()).extracting(cell -> cell.getText()).containsExactlyElementsOf(HEADERS);
            assertThat(tasks.getRow(0).isRepeatHeader()).as("header repeated on each page").isTrue();
            assertThat(tasks.getNumberOfRows()).isEqualTo(5);
            assertThat(tasks.getRow(1).getTableCells()).extracting(cell -> cell.getText()).containsExactly("1",
                    "NV1. Tuyên truyền Luật Trật tự, an toàn giao thông đường bộ", "Công an phường", "30/09/2026",
                    "Đã thực hiện (Báo cáo số 12/BC-CAP ngày 20/09/2026)", "hoàn thành đúng hạn");
            assertThat(DocxReportWriterTests.cellText(tasks, 2, 5)).isEqualTo("đang thực hiện quá hạn");
            assertThat(DocxReportWriterTests.cellText(tasks, 4, 3)).isEqualTo("Thường xuyên");
            assertThat(DocxReportWriterTests.cellText(document.getTables().get(3), 0, 1)).as("signature after")
                    .contains("KT. CHỦ TỊCH");
        }
    }

    @Test
    void docxTaskTableFillsThePortraitTextWidthAndADateNeverBreaks() throws IOException {
        try (XWPFDocument document = DocxReportWriterTests.written(SampleReports.aiQuocWithTasks())) {
            var grid = document.getTables().get(2).getCTTbl().getTblGrid().getGridColList();
            int total = grid.stream().mapToInt(col -> ((java.math.BigInteger) col.getW()).intValue()).sum();
            assertThat(total).as("165 mm, each column rounded to a twip")
                    .isCloseTo(LayoutRules.mmToTwips(LayoutRules.TEXT_WIDTH_MM), org.assertj.core.data.Offset.offset(6));
            assertThat(TextWidths.width("30/11/2026", FontStyle.REGULAR, 11)).isLessThan(inner(grid.get(3)));
            assertThat(TextWidths.width("Thời hạn", FontStyle.BOLD, 11)).isLessThan(inner(grid.get(3)));
            assertThat(TextWidths.width("Công an phường", FontStyle.REGULAR, 11)).isLessThan(inner(grid.get(2)));
            assertThat(TextWidths.width("đang thực hiện", FontStyle.REGULAR, 11)).as("a status on two lines")
                    .isLessThan(inner(grid.get(5)));
        }
    }

    @Test
    void pdfPrintsTheSameSectionsTableAndList() throws IOException {
        String text = oneLine(PdfReportWriterTests.text(PdfReportWriterTests.written(SampleReports.aiQuocWithTasks())));
        assertThat(text).containsSubsequence("II. SỐ LIỆU TỔNG HỢP",
                "III. TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ CỦA KẾ HOẠCH", "Kế hoạch có 4 nhiệm vụ",
                String.join(" ", HEADERS), "NV1. Tuyên truyền Luật Trật tự, an toàn giao thông",
                "Công an phường", "30/09/2026", "hoàn thành đúng hạn", "NV2. Lắp đặt biển báo", "Tổ dân phố số 2",
                "đang thực hiện quá hạn", "IV. TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ", "V. HẠN CHẾ, KHÓ KHĂN",
                "VI. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI", "đến hạn trong quý IV/2026:", NEXT_ITEM, "VII. KIẾN NGHỊ, ĐỀ XUẤT");
    }

    @Test
    void docxKeepsTheHeadingAndTheIntroductionWithTheTableAndItsHeaderWithTheFirstRow() throws IOException {
        try (XWPFDocument document = DocxReportWriterTests.written(SampleReports.aiQuocWithTasks())) {
            XWPFParagraph heading = paragraph(document, "III. TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ CỦA KẾ HOẠCH");
            XWPFParagraph introduction = paragraph(document, "Đến thời điểm báo cáo");
            assertThat(heading.getCTP().getPPr().isSetKeepNext()).isTrue();
            assertThat(introduction.getCTP().getPPr().isSetKeepNext()).isTrue();
            assertThat(paragraph(document, "Tổng số đơn vị phải báo cáo").getCTP().getPPr().isSetKeepNext()).isFalse();
            XWPFTable tasks = document.getTables().get(2);
            assertThat(tasks.getRow(0).getCell(1).getParagraphs().get(0).getCTP().getPPr().isSetKeepNext()).isTrue();
            assertThat(tasks.getRow(1).getCell(1).getParagraphs().get(0).getCTP().getPPr().isSetKeepNext()).isFalse();
        }
    }

    @Test
    void pdfStartsTheSectionOnThePageOfItsTableWhereverTheTextBeforeItEnds() throws IOException {
        for (int words = 0; words <= 600; words += 24) {
            ConsolidatedReport report = SampleReports.aiQuocWithTasks();
            String results = ("Các đơn vị đã triển khai đầy đủ các nội dung của kế hoạch. ".repeat(words / 12 + 1));
            report = report.withFindings(new Findings(results, "", ""));
            try (PDDocument pdf = Loader.loadPDF(PdfReportWriterTests.written(report))) {
                String page = oneLine(pageWith(pdf, "III. TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ"));
                assertThat(page).as("after %d words", words).contains("Đến thời điểm báo cáo", "Tình trạng",
                        "NV1. Tuyên truyền");
            }
        }
    }

    @Test
    void withoutTasksNeitherSectionNorAnEmptyTableIsPrinted() throws IOException {
        ConsolidatedReport report = SampleReports.aiQuoc().withPlanTasks(
                SampleReports.tasks("quý IV/2026", List.of(), List.of()));
        try (XWPFDocument document = DocxReportWriterTests.written(report)) {
            String all = String.join("\n", paragraphs(document));
            assertThat(all).doesNotContain("NHIỆM VỤ", "kỳ tới", "Tình trạng", "VI.");
            assertThat(document.getTables()).hasSize(4);
            assertThat(paragraphs(document)).containsSubsequence("III. TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ",
                    "IV. HẠN CHẾ, KHÓ KHĂN", "V. KIẾN NGHỊ, ĐỀ XUẤT");
        }
        String pdf = oneLine(PdfReportWriterTests.text(PdfReportWriterTests.written(report)));
        assertThat(pdf).doesNotContain("NHIỆM VỤ", "Đơn vị chủ trì", "KỲ TỚI").contains("V. KIẾN NGHỊ, ĐỀ XUẤT");
    }

    @Test
    void nothingDueNextPeriodIsSaidInOneSentence() throws IOException {
        ConsolidatedReport report = SampleReports.aiQuoc().withPlanTasks(
                SampleReports.tasks("quý IV/2026", List.of(SampleReports.DONE), List.of()));
        String sentence = "Trong quý IV/2026, không có nhiệm vụ nào của Kế hoạch đến hạn.";
        try (XWPFDocument document = DocxReportWriterTests.written(report)) {
            assertThat(paragraphs(document)).containsSubsequence("VI. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI", sentence,
                    "VII. KIẾN NGHỊ, ĐỀ XUẤT");
        }
        assertThat(oneLine(PdfReportWriterTests.text(PdfReportWriterTests.written(report)))).contains(sentence);
    }

    @Test
    void aFinalReviewHasTheTableButNoNextPeriod() throws IOException {
        ConsolidatedReport report = SampleReports.aiQuoc().withPlanTasks(
                SampleReports.tasks(null, List.of(SampleReports.DONE), List.of()));
        try (XWPFDocument document = DocxReportWriterTests.written(report)) {
            assertThat(paragraphs(document)).containsSubsequence("III. TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ CỦA KẾ HOẠCH",
                    "V. HẠN CHẾ, KHÓ KHĂN", "VI. KIẾN NGHỊ, ĐỀ XUẤT").noneMatch(text -> text.contains("KỲ TỚI"));
        }
    }

    @Test
    void hostileTaskTextStaysText() throws IOException {
        PlanTasks.Task hostile = new PlanTasks.Task(1, "NV9. <b>Đậm</b> & <script>x</script>\u202E ]]>",
                "<i>Tổ</i> & dân", "31/12/2026", "&amp; {{ten}}", "đang thực hiện trong hạn");
        ConsolidatedReport report = SampleReports.aiQuoc().withPlanTasks(
                SampleReports.tasks("quý IV/2026", List.of(hostile), List.of(hostile)));
        byte[] docx = DocxReportWriterTests.bytes(report);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTable tasks = document.getTables().get(2);
            assertThat(DocxReportWriterTests.cellText(tasks, 1, 1)).isEqualTo("NV9. <b>Đậm</b> & <script>x</script> ]]>");
            assertThat(DocxReportWriterTests.cellText(tasks, 1, 2)).isEqualTo("<i>Tổ</i> & dân");
            assertThat(DocxReportWriterTests.cellText(tasks, 1, 4)).isEqualTo("&amp; {{ten}}");
            assertThat(paragraphs(document)).contains(
                    "- NV9. <b>Đậm</b> & <script>x</script> ]]> (chủ trì: <i>Tổ</i> & dân; thời hạn: 31/12/2026).");
        }
        String xml = documentXml(docx);
        assertThat(xml).contains("&lt;b&gt;Đậm&lt;/b&gt; &amp; &lt;script&gt;", "&amp;amp; {{ten}}")
                .doesNotContain("<b>Đậm", "\u202E");
        String pdf = oneLine(PdfReportWriterTests.text(PdfReportWriterTests.written(report)));
        assertThat(pdf).contains("<b>Đậm</b> & <script>x</script>", "<i>Tổ</i> & dân", "&amp; {{ten}}");
    }

    /** A column's width in points less the cells' margins (the PDF's padding of 3 pt a side is wider still). */
    private static float inner(org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGridCol column) {
        float padding = Math.max(2 * 57 / 20f, 2 * 3f);
        return ((java.math.BigInteger) column.getW()).intValue() / 20f - padding;
    }

    private static XWPFParagraph paragraph(XWPFDocument document, String start) {
        return document.getParagraphs().stream().filter(p -> p.getText().startsWith(start)).findFirst().orElseThrow();
    }

    private static String pageWith(PDDocument pdf, String text) throws IOException {
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            String content = Normalizer.normalize(stripper.getText(pdf), Normalizer.Form.NFC);
            if (content.contains(text)) {
                return content;
            }
        }
        throw new AssertionError("no page with " + text);
    }

    static List<String> paragraphs(XWPFDocument document) {
        return document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }

    static String documentXml(byte[] docx) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    zip.transferTo(out);
                    return out.toString(StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }
}

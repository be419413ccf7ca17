package vn.trienkhai.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

class DocxReportWriterTests {

    static XWPFDocument written(ConsolidatedReport report) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes(report)));
    }

    static byte[] bytes(ConsolidatedReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxReportWriter().write(report, out);
        return out.toByteArray();
    }

    static String cellText(XWPFTable table, int row, int column) {
        return table.getRow(row).getCell(column).getText();
    }

    @Test
    void stateHeaderCarriesIssuingBodyNumberQuocHieuAndDate() throws IOException {
        try (XWPFDocument document = written(SampleReports.aiQuoc())) {
            XWPFTable header = document.getTables().get(0);
            String left = cellText(header, 0, 0);
            String right = cellText(header, 0, 1);
            assertThat(left).contains("UBND THÀNH PHỐ HẢI PHÒNG", "UBND PHƯỜNG ÁI QUỐC", "Số:      /BC-UBND");
            assertThat(right).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "Ái Quốc, ngày    tháng    năm 2026");
            XWPFParagraph body = header.getRow(0).getCell(0).getParagraphs().get(1);
            assertThat(body.getRuns().get(0).isBold()).isTrue();
            XWPFParagraph date = header.getRow(0).getCell(1).getParagraphs().stream()
                    .filter(p -> p.getText().startsWith("Ái Quốc")).findFirst().orElseThrow();
            assertThat(date.getRuns().get(0).isItalic()).isTrue();
        }
    }

    @Test
    void titleAndNumberedSectionsInOrder() throws IOException {
        try (XWPFDocument document = written(SampleReports.aiQuoc())) {
            List<String> texts = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(texts).containsSubsequence("BÁO CÁO",
                    "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 08-CT/TU quý III/2026",
                    "I. KẾT QUẢ THỰC HIỆN", "II. SỐ LIỆU TỔNG HỢP", "III. TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ",
                    "IV. HẠN CHẾ, KHÓ KHĂN", "V. KIẾN NGHỊ, ĐỀ XUẤT", "PHỤ LỤC");
            String all = String.join("\n", texts);
            assertThat(all).as("the appendix names the report it goes with, its date left for the clerk")
                    .containsPattern("\\(Kèm theo Báo cáo số +/BC-UBND ngày +tháng +năm 2026 của UBND phường Ái Quốc\\)");
            assertThat(all).contains("1. Đơn vị báo cáo đúng hạn (1): Tổ dân phố số 1.",
                    "2. Đơn vị báo cáo chậm (1): Công an phường.", "3. Đơn vị chưa báo cáo (1): Tổ dân phố số 2.",
                    "tổ chức 3 buổi với 1.250 lượt người tham dự", "12 buổi với 15.400 lượt người");
        }
    }

    @Test
    void totalsTableHasVietnameseNumbersAndComparisons() throws IOException {
        try (XWPFDocument document = written(SampleReports.aiQuoc())) {
            XWPFTable totals = document.getTables().get(1);
            assertThat(cellText(totals, 0, 1)).isEqualTo("Chỉ tiêu");
            assertThat(cellText(totals, 1, 1)).isEqualTo("Số vụ tai nạn giao thông (vụ)");
            assertThat(cellText(totals, 1, 4)).contains("-2", "(-20,0%)");
            assertThat(cellText(totals, 1, 6)).contains("0", "(0,0%)");
            assertThat(cellText(totals, 2, 4)).isEqualTo("+1");
            assertThat(cellText(totals, 3, 2)).isEqualTo("9.234.567");
            assertThat(cellText(totals, 3, 4)).contains("+1.026.063", "(+12,5%)");
            assertThat(cellText(totals, 4, 3)).isEqualTo("-");
            assertThat(totals.getRow(0).isRepeatHeader()).isTrue();
        }
    }

    @Test
    void theTrichYeuBreaksBetweenPhrasesWithItsRuleUnderTheLongerLine() throws IOException {
        try (XWPFDocument document = written(SampleReports.withSubject(SubjectLinesTests.DEMO))) {
            XWPFParagraph summary = document.getParagraphs().stream()
                    .filter(p -> p.getText().startsWith("Kết quả thực hiện")).findFirst().orElseThrow();
            assertThat(summary.getText()).isEqualTo(
                    "Kết quả thực hiện Kế hoạch số 12/KH-UBND\ntriển khai Chỉ thị số 08-CT/TU quý III/2026");
            assertThat(summary.getRuns()).allMatch(run -> run.isBold());
            assertThat(document.getProperties().getCoreProperties().getTitle()).isEqualTo("BÁO CÁO " + SubjectLinesTests.DEMO);
        }
    }

    @Test
    void theFileNamesTheReportAndTheIssuingBodyNotTheLibrary() throws IOException {
        try (XWPFDocument document = written(SampleReports.aiQuoc())) {
            var core = document.getProperties().getCoreProperties();
            assertThat(core.getTitle())
                    .isEqualTo("BÁO CÁO Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 08-CT/TU quý III/2026");
            assertThat(core.getCreator()).isEqualTo("UBND phường Ái Quốc");
            assertThat(core.getLastModifiedByUser()).isEqualTo("UBND phường Ái Quốc");
            assertThat(document.getProperties().getExtendedProperties().getApplication()).doesNotContain("POI");
        }
    }

    @Test
    void signatureBlockAndRecipients() throws IOException {
        try (XWPFDocument document = written(SampleReports.aiQuoc())) {
            XWPFTable signature = document.getTables().get(2);
            List<XWPFParagraph> recipients = signature.getRow(0).getCell(0).getParagraphs();
            assertThat(recipients.get(0).getText()).isEqualTo("Nơi nhận:");
            assertThat(recipients.get(0).getRuns().get(0).isBold()).isTrue();
            assertThat(recipients.get(0).getRuns().get(0).isItalic()).isTrue();
            assertThat(recipients.get(0).getRuns().get(0).getFontSizeAsDouble()).isEqualTo(12.0);
            assertThat(recipients).extracting(XWPFParagraph::getText).containsExactly("Nơi nhận:",
                    "- Ban Thường vụ Thành ủy Hải Phòng (để báo cáo);",
                    "- Ủy ban nhân dân thành phố Hải Phòng (để báo cáo);",
                    "- Thường trực Đảng ủy phường Ái Quốc (để báo cáo);",
                    "- Chủ tịch, các Phó Chủ tịch UBND phường;",
                    "- Lưu: VT, PKTHT.");
            assertThat(recipients.get(3).getRuns().get(0).getFontSizeAsDouble()).isEqualTo(11.0);
            List<String> block = signature.getRow(0).getCell(1).getParagraphs().stream()
                    .map(XWPFParagraph::getText).filter(text -> !text.isEmpty()).toList();
            assertThat(block).containsExactly("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Thảo");
        }
    }

    /** The report's own nơi nhận in the document XML: one paragraph each, in order, after the heading. */
    @Test
    void theReportsOwnRecipientsAreInTheDocumentXml() throws IOException {
        String xml = documentXml(bytes(SampleReports.aiQuoc()));
        List<String> texts = java.util.regex.Pattern.compile("<w:t(?: [^>]*)?>([^<]*)</w:t>").matcher(xml).results()
                .map(match -> match.group(1)).toList();
        assertThat(texts).containsSubsequence("Nơi nhận:", "- Ban Thường vụ Thành ủy Hải Phòng (để báo cáo);",
                "- Ủy ban nhân dân thành phố Hải Phòng (để báo cáo);", "- Thường trực Đảng ủy phường Ái Quốc (để báo cáo);",
                "- Chủ tịch, các Phó Chủ tịch UBND phường;", "- Lưu: VT, PKTHT.");
        assertThat(xml).doesNotContain("(để báo cáo);;", "để chỉ đạo");

        List<String> party = java.util.regex.Pattern.compile("<w:t(?: [^>]*)?>([^<]*)</w:t>")
                .matcher(documentXml(bytes(SampleReports.thanhUy()))).results().map(match -> match.group(1)).toList();
        assertThat(party).containsSubsequence("Nơi nhận:", "- Ban Bí thư Trung ương Đảng (để báo cáo),",
                "- Văn phòng Trung ương Đảng (để báo cáo),", "- Lưu Văn phòng Thành ủy.");
    }

    private static String documentXml(byte[] docx) throws IOException {
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(docx))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }

    @Test
    void appendixListsEveryUnitWithItsStatus() throws IOException {
        try (XWPFDocument document = written(SampleReports.aiQuoc())) {
            XWPFTable units = document.getTables().get(3);
            assertThat(cellText(units, 1, 1)).isEqualTo("Tổ dân phố số 1");
            assertThat(cellText(units, 1, 2)).isEqualTo("Đúng hạn");
            assertThat(cellText(units, 1, 3)).isEqualTo("09:30 02/10/2026");
            assertThat(cellText(units, 1, 6)).isEqualTo("1.234.567");
            assertThat(cellText(units, 3, 2)).isEqualTo("Chưa báo cáo");
            assertThat(cellText(units, 4, 1)).isEqualTo("Tổng cộng");
            assertThat(cellText(units, 4, 4)).as("3 + 5 accidents").isEqualTo("8");
            assertThat(cellText(units, 4, 6)).as("1.234.567 + 8.000.000 đồng").isEqualTo("9.234.567");
            assertThat(units.getNumberOfRows()).isEqualTo(5);
            assertThat(document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n")))
                    .contains("- Hạn chế: Thiếu nhân lực.");
        }
    }

    @Test
    void pagesAreA4WithTheDecreesMargins() throws IOException {
        try (XWPFDocument document = written(SampleReports.aiQuoc())) {
            CTSectPr report = document.getParagraphs().stream().map(p -> p.getCTP().getPPr())
                    .filter(p -> p != null && p.isSetSectPr()).findFirst().orElseThrow().getSectPr();
            assertThat(report.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(report.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
            assertThat(report.getPgMar().getTop()).isEqualTo(BigInteger.valueOf(1134));
            assertThat(report.getPgMar().getBottom()).isEqualTo(BigInteger.valueOf(1134));
            assertThat(report.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1701));
            assertThat(report.getPgMar().getRight()).isEqualTo(BigInteger.valueOf(850));
            CTSectPr appendix = document.getDocument().getBody().getSectPr();
            assertThat(appendix.getPgSz().getW()).isEqualTo(BigInteger.valueOf(16838));
        }
    }

    @Test
    void partyLayoutAfterHuongDan36() throws IOException {
        try (XWPFDocument document = written(SampleReports.thanhUy())) {
            XWPFTable header = document.getTables().get(0);
            assertThat(header.getRow(0).getCell(0).getParagraphs()).extracting(XWPFParagraph::getText)
                    .containsExactly("ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG", "THÀNH ỦY", "*", "Số 12-BC/TU");
            XWPFParagraph party = header.getRow(0).getCell(1).getParagraphs().get(0);
            assertThat(party.getText()).isEqualTo("ĐẢNG CỘNG SẢN VIỆT NAM");
            assertThat(party.getRuns().get(0).getUnderline().name()).isEqualTo("SINGLE");
            assertThat(cellText(header, 0, 1)).contains("Hải Phòng, ngày 05 tháng 02 năm 2026")
                    .doesNotContain("CỘNG HÒA");
            assertThat(cellText(document.getTables().get(2), 0, 1)).contains("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ");
        }
    }

    @Test
    void pagesAreNumberedInTheTopMarginExceptTheFirstOfEachSection() throws IOException {
        try (XWPFDocument document = written(SampleReports.aiQuoc())) {
            CTSectPr report = document.getParagraphs().stream().map(p -> p.getCTP().getPPr())
                    .filter(p -> p != null && p.isSetSectPr()).findFirst().orElseThrow().getSectPr();
            CTSectPr appendix = document.getDocument().getBody().getSectPr();
            for (CTSectPr section : List.of(report, appendix)) {
                assertThat(section.isSetTitlePg()).as("first page without its number").isTrue();
                assertThat(section.getHeaderReferenceList()).extracting(reference -> reference.getType().toString())
                        .containsExactlyInAnyOrder("default", "first");
            }
            assertThat(report.isSetPgNumType()).isFalse();
            assertThat(appendix.getPgNumType().getStart()).as("the appendix numbered on its own")
                    .isEqualTo(BigInteger.ONE);
            String numbered = report.getHeaderReferenceList().stream()
                    .filter(reference -> "default".equals(reference.getType().toString())).findFirst().orElseThrow()
                    .getId();
            XWPFHeader header = (XWPFHeader) document.getRelationById(numbered);
            XWPFParagraph line = header.getParagraphs().get(0);
            assertThat(line.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(line.getCTP().xmlText()).contains("PAGE", "fldCharType=\"begin\"");
            assertThat(line.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(13.0);
        }
    }

    @Test
    void largeReportIsAValidDocumentWithEveryUnitRow() throws IOException {
        try (XWPFDocument document = written(SampleReports.large(1_200, 6))) {
            XWPFTable units = document.getTables().get(3);
            assertThat(units.getNumberOfRows()).as("header, units, Tổng cộng").isEqualTo(1_202);
            assertThat(units.getRow(0).isRepeatHeader()).isTrue();
            assertThat(units.getRow(1).isRepeatHeader()).isFalse();
            assertThat(cellText(units, 1_200, 0)).isEqualTo("1200");
            assertThat(cellText(units, 1_200, 1)).isEqualTo("Tổ dân phố số 1200");
            String all = document.getParagraphs().stream().map(XWPFParagraph::getText)
                    .collect(Collectors.joining("\n"));
            assertThat(all).contains("2.800. Tổ dân phố số 800", "- Kết quả: Hoàn thành kế hoạch.",
                    "Tổng số đơn vị phải báo cáo: 1.200; đúng hạn: 400; chậm: 400; chưa báo cáo: 400.",
                    "3. Đơn vị chưa báo cáo (400): danh sách tại Phụ lục kèm theo.")
                    .doesNotContain("Tổ dân phố số 3;");
        }
    }
}

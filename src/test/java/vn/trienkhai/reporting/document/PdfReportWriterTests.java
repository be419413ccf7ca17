package vn.trienkhai.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfReportWriterTests {

    static byte[] written(ConsolidatedReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReportWriter().write(report, out);
        return out.toByteArray();
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC);
        }
    }

    @Test
    void vietnameseTextSurvivesWithItsDiacritics() throws IOException {
        String text = text(written(SampleReports.aiQuoc())).replaceAll("\\s+", " ");
        assertThat(text).as("text with table cells' wrapped lines joined").contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "UBND PHƯỜNG ÁI QUỐC", "Tổ dân phố số 1", "Số vụ tai nạn giao thông", "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH",
                "PHÓ CHỦ TỊCH", "Lê Văn Thảo", "Nơi nhận:", "II. SỐ LIỆU TỔNG HỢP", "9.234.567", "(+12,5%)",
                "09:30 02/10/2026", "Chưa báo cáo");
    }

    @Test
    void theTrichYeuBreaksBetweenPhrases() throws IOException {
        String text = text(written(SampleReports.withSubject(SubjectLinesTests.DEMO)));
        assertThat(text).contains("BÁO CÁO\nKết quả thực hiện Kế hoạch số 12/KH-UBND\n"
                + "triển khai Chỉ thị số 08-CT/TU quý III/2026\n");
    }

    @Test
    void theReportsOwnRecipientsArePrintedInOrderWithTheirPunctuation() throws IOException {
        String state = text(written(SampleReports.aiQuoc())).replaceAll("\\s+", " ");
        assertThat(state).containsSubsequence("Nơi nhận:", "- Ban Thường vụ Thành ủy Hải Phòng (để báo cáo);",
                "- Ủy ban nhân dân thành phố Hải Phòng (để báo cáo);", "- Thường trực Đảng ủy phường Ái Quốc (để báo cáo);",
                "- Chủ tịch, các Phó Chủ tịch UBND phường;", "- Lưu: VT, PKTHT.")
                .doesNotContain(";;", "để chỉ đạo");
        String party = text(written(SampleReports.thanhUy())).replaceAll("\\s+", " ");
        assertThat(party).containsSubsequence("Nơi nhận:", "- Ban Bí thư Trung ương Đảng (để báo cáo),",
                "- Văn phòng Trung ương Đảng (để báo cáo),", "- Lưu Văn phòng Thành ủy.");
    }

    @Test
    void fontsAreEmbeddedAndPagesAreA4() throws IOException {
        try (PDDocument document = Loader.loadPDF(written(SampleReports.aiQuoc()))) {
            PDPage first = document.getPage(0);
            assertThat(first.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            assertThat(first.getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
            PDPage last = document.getPage(document.getNumberOfPages() - 1);
            assertThat(last.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getHeight());
            int fonts = 0;
            for (var name : first.getResources().getFontNames()) {
                PDFont font = first.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("LiberationSerif");
                fonts++;
            }
            assertThat(fonts).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void partyLayoutText() throws IOException {
        String text = text(written(SampleReports.thanhUy()));
        assertThat(text).contains("ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG", "THÀNH ỦY", "Số 12-BC/TU", "ĐẢNG CỘNG SẢN VIỆT NAM",
                "Hải Phòng, ngày 05 tháng 02 năm 2026", "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Đỗ Mạnh Hiến")
                .doesNotContain("CỘNG HÒA XÃ HỘI");
    }

    @Test
    void pagesAreNumberedFromTheSecondPageOfEachSection() throws IOException {
        try (PDDocument document = Loader.loadPDF(written(SampleReports.large(60, 4)))) {
            int appendixStart = firstLandscapePage(document);
            assertThat(appendixStart).as("the report itself runs over more than one page").isGreaterThan(1);
            assertThat(document.getNumberOfPages() - appendixStart).as("appendix pages").isGreaterThan(1);
            assertThat(topLine(document, 0)).startsWith("UBND THÀNH PHỐ HẢI PHÒNG");
            assertThat(topLine(document, 1)).isEqualTo("2");
            assertThat(topLine(document, appendixStart)).isEqualTo("PHỤ LỤC");
            assertThat(topLine(document, appendixStart + 1)).isEqualTo("2");
            assertThat(topLine(document, document.getNumberOfPages() - 1))
                    .isEqualTo(Integer.toString(document.getNumberOfPages() - appendixStart));
        }
    }

    private static int firstLandscapePage(PDDocument document) {
        for (int page = 0; page < document.getNumberOfPages(); page++) {
            PDRectangle box = document.getPage(page).getMediaBox();
            if (box.getWidth() > box.getHeight()) {
                return page;
            }
        }
        throw new AssertionError("no landscape page");
    }

    private static String topLine(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(page + 1);
        stripper.setEndPage(page + 1);
        return Normalizer.normalize(stripper.getText(document).strip().lines().findFirst().orElse(""),
                Normalizer.Form.NFC).strip();
    }
}

package vn.trienkhai.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/** What units type is data: markup, template syntax and odd characters come out as text and break nothing. */
class HostileTextTests {

    static final String HOSTILE = "<script>alert('x')</script> & <b>đậm</b> ]]> {{ten}} ${jndi:ldap://x}"
            + "\u0000\u0007\u001B\u202Eđảo\u202C \u200F \uFEFF 🚦🚓 e\u0301 Tổ\ud800 dân\nDòng hai\r\nDòng ba";

    private static ConsolidatedReport hostileReport() {
        return SampleReports.aiQuoc(new Findings(HOSTILE, "x".repeat(100_000), ""), "<i>Tổ</i> & \u0001dân");
    }

    @Test
    void cleaningKeepsTextDropsControlsAndCapsLength() {
        String cleaned = SafeText.clean(HOSTILE);
        assertThat(cleaned).contains("<script>alert('x')</script> & <b>đậm</b> ]]> {{ten}} ${jndi:ldap://x}",
                "🚦🚓", "é", "Tổ dân\nDòng hai\nDòng ba", "đảo");
        assertThat(cleaned).doesNotContain("\u0000", "\u0007", "\u001B", "\u202E", "\u200F", "\r", "\ud800");
        assertThat(SafeText.clean("x".repeat(100_000))).hasSize(SafeText.MAX_TEXT + 1).endsWith("…");
        assertThat(SafeText.line("a\nb")).isEqualTo("a b");
    }

    @Test
    void docxShowsHostileTextLiterally() throws IOException {
        try (XWPFDocument document = DocxReportWriterTests.written(hostileReport())) {
            String text = document.getParagraphs().stream().map(XWPFParagraph::getText)
                    .collect(Collectors.joining("\n"));
            assertThat(text).contains("<script>alert('x')</script> & <b>đậm</b> ]]> {{ten}} ${jndi:ldap://x}",
                    "🚦🚓", "Dòng hai", "Dòng ba", "2.1. <i>Tổ</i> & dân");
            assertThat(text).doesNotContain("\u0000", "\u202E");
            assertThat(DocxReportWriterTests.cellText(document.getTables().get(3), 1, 1)).isEqualTo("<i>Tổ</i> & dân");
        }
    }

    @Test
    void pdfShowsHostileTextLiterally() throws IOException {
        String text = PdfReportWriterTests.text(PdfReportWriterTests.written(hostileReport()));
        assertThat(text).contains("<script>alert('x')</script>", "<b>đậm</b>", "]]>", "{{ten}}", "${jndi:ldap://x}",
                "Dòng hai", "Dòng ba", "<i>Tổ</i> & dân", "é");
        assertThat(text).contains(PdfFonts.MISSING_GLYPH + PdfFonts.MISSING_GLYPH);
    }
}

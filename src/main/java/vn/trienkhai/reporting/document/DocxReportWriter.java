package vn.trienkhai.reporting.document;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.springframework.stereotype.Component;

/**
 * The consolidated report as an editable DOCX (Apache POI), laid out after Nghị định 30/2020/NĐ-CP, Phụ lục I, or
 * Hướng dẫn 36-HD/VPTW for a Party body: the report on A4 portrait, the per-unit appendix on A4 landscape.
 */
@Component
public class DocxReportWriter implements ReportDocumentWriter {

    public static final String CONTENT_TYPE =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Override
    public String contentType() {
        return CONTENT_TYPE;
    }

    @Override
    public String extension() {
        return "docx";
    }

    @Override
    public void write(ConsolidatedReport report, OutputStream out) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            defaults(document);
            DocxHeader.write(document, report);
            DocxBody.title(document, report);
            DocxBody.sections(document, report);
            DocxSignature.write(document, report);
            appendix(document, report);
            document.write(out);
        }
    }

    private static void appendix(XWPFDocument document, ConsolidatedReport report) {
        XWPFParagraph sectionEnd = document.createParagraph();
        DocxPage.setUp(sectionEnd.getCTP().addNewPPr().addNewSectPr(), false);
        XWPFParagraph title = document.createParagraph();
        DocxText.line(title, ParagraphAlignment.CENTER);
        DocxText.run(title, ReportWording.APPENDIX, LayoutRules.TITLE_SIZE, true, false);
        XWPFParagraph subtitle = document.createParagraph();
        DocxText.line(subtitle, ParagraphAlignment.CENTER);
        DocxText.run(subtitle, ReportAppendix.subtitle(report), LayoutRules.TITLE_SIZE, true, false);
        XWPFParagraph note = document.createParagraph();
        DocxText.line(note, ParagraphAlignment.CENTER);
        note.setSpacingAfter(240);
        DocxText.run(note, ReportWording.appendixNote(report), LayoutRules.BODY_SIZE, false, true);
        DocxBody.heading(document, ReportAppendix.FIGURES_HEADING);
        DocxTables.grid(document, ReportTables.units(report), DocxPage.textWidthMm(true));
        DocxBody.spacer(document);
        DocxBody.heading(document, ReportAppendix.TEXTS_HEADING);
        DocxBody.paragraphs(document, ReportAppendix.narratives(report));
        var body = document.getDocument().getBody();
        DocxPage.setUp(body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr(), true);
    }

    /** Times New Roman 14 pt as the document default, so that empty lines and new text take it too. */
    private static void defaults(XWPFDocument document) {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTRPr run = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii(FontStyle.DOCX_FAMILY);
        fonts.setHAnsi(FontStyle.DOCX_FAMILY);
        fonts.setCs(FontStyle.DOCX_FAMILY);
        fonts.setEastAsia(FontStyle.DOCX_FAMILY);
        run.addNewSz().setVal(java.math.BigInteger.valueOf(Math.round(LayoutRules.BODY_SIZE * 2)));
        run.addNewLang().setVal("vi-VN");
        document.createStyles().setStyles(styles);
    }
}

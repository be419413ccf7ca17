package vn.trienkhai.reporting.document;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.springframework.stereotype.Component;

/**
 * The consolidated report as an editable DOCX (Apache POI), laid out after Nghị định 30/2020/NĐ-CP, Phụ lục I, or
 * Hướng dẫn 36-HD/VPTW for a Party body: the report on A4 portrait, the per-unit appendix on A4 landscape. POI
 * writes the frame (header, title, signature, page set-up); the body's sections and the appendix, whose size grows
 * with the number of units, are streamed into it ({@link DocxSplice}), so memory does not grow with the document.
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
        try (XWPFDocument frame = new XWPFDocument()) {
            defaults(frame);
            properties(frame, report);
            DocxPageNumbers pageNumbers = DocxPageNumbers.create(frame);
            DocxSplice splice = new DocxSplice();
            DocxHeader.write(frame, report);
            DocxBody.title(frame, report);
            splice.slot(frame, body -> DocxBody.sections(body, report));
            DocxSignature.write(frame, report);
            appendix(frame, splice, report, pageNumbers);
            splice.write(frame, out);
        }
    }

    /** The appendix on landscape pages of its own, numbered from 1; its table and texts are streamed. */
    private static void appendix(XWPFDocument frame, DocxSplice splice, ConsolidatedReport report,
                                 DocxPageNumbers pageNumbers) {
        CTSectPr reportPages = frame.createParagraph().getCTP().addNewPPr().addNewSectPr();
        DocxPage.setUp(reportPages, false);
        pageNumbers.apply(reportPages, false);
        XWPFParagraph title = frame.createParagraph();
        DocxText.line(title, ParagraphAlignment.CENTER);
        DocxText.run(title, ReportWording.APPENDIX, LayoutRules.TITLE_SIZE, true, false);
        XWPFParagraph subtitle = frame.createParagraph();
        DocxText.line(subtitle, ParagraphAlignment.CENTER);
        DocxText.run(subtitle, ReportAppendix.subtitle(report), LayoutRules.TITLE_SIZE, true, false);
        XWPFParagraph note = frame.createParagraph();
        DocxText.line(note, ParagraphAlignment.CENTER);
        note.setSpacingAfter(240);
        DocxText.run(note, ReportWording.appendixNote(report), LayoutRules.BODY_SIZE, false, true);
        splice.slot(frame, body -> {
            body.heading(ReportAppendix.FIGURES_HEADING);
            body.table(ReportTables.units(report), DocxPage.textWidthMm(true));
            body.spacer();
            body.heading(ReportAppendix.TEXTS_HEADING);
            body.paragraphs(ReportAppendix.narratives(report));
        });
        var document = frame.getDocument().getBody();
        CTSectPr appendixPages = document.isSetSectPr() ? document.getSectPr() : document.addNewSectPr();
        DocxPage.setUp(appendixPages, true);
        pageNumbers.apply(appendixPages, true);
    }

    /**
     * The file's own properties as Word shows them (File → Info): the title is the report's, the author the issuing
     * body, not the library that wrote it.
     */
    private static void properties(XWPFDocument document, ConsolidatedReport report) {
        String issuer = SafeText.line(report.issuingBody().name());
        var core = document.getProperties().getCoreProperties();
        core.setTitle(SafeText.line(ReportWording.documentType() + " " + SafeText.line(report.subject())));
        core.setCreator(issuer);
        core.setLastModifiedByUser(issuer);
        core.setSubjectProperty(SafeText.line(report.subject()));
        var extended = document.getProperties().getExtendedProperties().getUnderlyingProperties();
        extended.setApplication("");
        extended.setCompany(issuer);
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

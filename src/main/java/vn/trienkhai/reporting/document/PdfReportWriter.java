package vn.trienkhai.reporting.document;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.springframework.stereotype.Component;

/**
 * The consolidated report as a PDF (Apache PDFBox) with the same content and layout as the DOCX, in the shipped
 * Liberation Serif (metrics of Times New Roman), embedded as subsets. Page content is cached in a temporary file,
 * not in memory, so a report over thousands of units stays within bounded memory.
 */
@Component
public class PdfReportWriter implements ReportDocumentWriter {

    public static final String CONTENT_TYPE = "application/pdf";

    @Override
    public String contentType() {
        return CONTENT_TYPE;
    }

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public void write(ConsolidatedReport report, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            information(document, report);
            PdfFonts fonts = new PdfFonts(document);
            try (PdfFlow flow = new PdfFlow(document, fonts)) {
                flow.startSection(false);
                PdfHeader.write(flow, report);
                PdfHeader.title(flow, report);
                body(flow, report);
                PdfSignature.write(flow, report);
                appendix(flow, report);
            }
            document.save(out);
        }
    }

    /** The sections; a table's introducing paragraph (and a lone one's heading) starts on the table's page. */
    private static void body(PdfFlow flow, ConsolidatedReport report) throws IOException {
        PdfBlocks.body(flow, ReportSections.opening(report), LayoutRules.BODY_SIZE);
        for (Section section : ReportSections.of(report)) {
            Optional<PdfTable> table = section.table().map(spec -> new PdfTable(flow, spec));
            List<Paragraph> paragraphs = section.paragraphs();
            float size = LayoutRules.BODY_SIZE;
            if (table.isPresent() && paragraphs.size() == 1) {
                flow.ensure(PdfBlocks.height(flow, Paragraph.lead(section.heading()), size)
                        + PdfBlocks.height(flow, paragraphs.get(0), size) + table.get().openingHeight());
            }
            PdfBlocks.heading(flow, section.heading(), size);
            for (int i = 0; i < paragraphs.size(); i++) {
                if (table.isPresent() && paragraphs.size() > 1 && i == paragraphs.size() - 1) {
                    flow.ensure(PdfBlocks.height(flow, paragraphs.get(i), size) + table.get().openingHeight());
                }
                PdfBlocks.body(flow, paragraphs.get(i), size);
            }
            if (table.isPresent()) {
                table.get().write();
                flow.moveDown(LayoutRules.PARAGRAPH_SPACING_PT * 2);
            }
        }
    }

    private static void appendix(PdfFlow flow, ConsolidatedReport report) throws IOException {
        flow.startSection(true);
        PdfBlocks.centred(flow, ReportWording.APPENDIX, FontStyle.BOLD, LayoutRules.TITLE_SIZE);
        PdfBlocks.centred(flow, ReportAppendix.subtitle(report), FontStyle.BOLD, LayoutRules.TITLE_SIZE);
        PdfBlocks.centred(flow, ReportWording.appendixNote(report), FontStyle.ITALIC, LayoutRules.BODY_SIZE);
        flow.moveDown(12);
        PdfBlocks.heading(flow, ReportAppendix.FIGURES_HEADING, LayoutRules.BODY_SIZE);
        new PdfTable(flow, ReportTables.units(report)).write();
        flow.moveDown(LayoutRules.PARAGRAPH_SPACING_PT * 2);
        PdfBlocks.heading(flow, ReportAppendix.TEXTS_HEADING, LayoutRules.BODY_SIZE);
        try (Stream<Paragraph> paragraphs = ReportAppendix.narratives(report)) {
            Iterator<Paragraph> each = paragraphs.iterator();
            while (each.hasNext()) {
                PdfBlocks.body(flow, each.next(), LayoutRules.BODY_SIZE);
            }
        }
    }

    private static void information(PDDocument document, ConsolidatedReport report) {
        PDDocumentInformation information = document.getDocumentInformation();
        information.setTitle(ReportWording.documentType() + " " + SafeText.line(report.subject()));
        information.setAuthor(SafeText.line(report.issuingBody().name()));
        information.setCreator("trienkhai");
    }
}

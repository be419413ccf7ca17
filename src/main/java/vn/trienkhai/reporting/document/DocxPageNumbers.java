package vn.trienkhai.reporting.document;

import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;

/**
 * Page numbers after Nghị định 30/2020/NĐ-CP: Arabic numerals, 13–14 pt, upright, centred in the top margin, not
 * shown on the first page. The appendix is numbered on its own, from 1. One header part holds the PAGE field, an
 * empty one serves the first pages; both sections refer to them.
 */
final class DocxPageNumbers {

    private final XWPFDocument document;
    private final XWPFHeader numbered;
    private final XWPFHeader firstPage;

    private DocxPageNumbers(XWPFDocument document, XWPFHeader numbered, XWPFHeader firstPage) {
        this.document = document;
        this.numbered = numbered;
        this.firstPage = firstPage;
    }

    static DocxPageNumbers create(XWPFDocument document) {
        XWPFHeader numbered = document.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph line = numbered.createParagraph();
        DocxText.line(line, ParagraphAlignment.CENTER);
        field(line, STFldCharType.BEGIN);
        XWPFRun instruction = styled(line);
        instruction.getCTR().addNewInstrText().setStringValue(" PAGE ");
        field(line, STFldCharType.SEPARATE);
        styled(line).setText("2");
        field(line, STFldCharType.END);
        XWPFHeader firstPage = document.createHeader(HeaderFooterType.FIRST);
        DocxText.line(firstPage.createParagraph(), ParagraphAlignment.CENTER);
        return new DocxPageNumbers(document, numbered, firstPage);
    }

    /** Numbers the pages of a section, from 1 when asked, the first page without its number. */
    void apply(CTSectPr section, boolean restart) {
        while (section.sizeOfHeaderReferenceArray() > 0) {
            section.removeHeaderReference(0);
        }
        reference(section, STHdrFtr.DEFAULT, numbered);
        reference(section, STHdrFtr.FIRST, firstPage);
        if (!section.isSetTitlePg()) {
            section.addNewTitlePg();
        }
        if (restart) {
            (section.isSetPgNumType() ? section.getPgNumType() : section.addNewPgNumType())
                    .setStart(BigInteger.ONE);
        }
    }

    private void reference(CTSectPr section, STHdrFtr.Enum type, XWPFHeader header) {
        CTHdrFtrRef reference = section.addNewHeaderReference();
        reference.setType(type);
        reference.setId(document.getRelationId(header));
    }

    private static void field(XWPFParagraph line, STFldCharType.Enum type) {
        styled(line).getCTR().addNewFldChar().setFldCharType(type);
    }

    private static XWPFRun styled(XWPFParagraph line) {
        XWPFRun run = line.createRun();
        run.setFontSize((double) LayoutRules.PAGE_NUMBER_SIZE);
        return run;
    }
}

package vn.trienkhai.reporting.document;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Runs and paragraphs with the report's fonts; text is cleaned before it gets here and is never markup. */
final class DocxText {

    private static final int RULE_DROP_TWIPS = 60;

    private DocxText() {
    }

    static XWPFRun run(XWPFParagraph paragraph, String text, float size, boolean bold, boolean italic) {
        XWPFRun run = paragraph.createRun();
        run.setFontSize((double) size);
        run.setBold(bold);
        run.setItalic(italic);
        List<String> lines = SafeText.lines(text);
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines.get(i), i);
        }
        return run;
    }

    static XWPFRun underlined(XWPFRun run) {
        run.setUnderline(UnderlinePatterns.SINGLE);
        return run;
    }

    static void line(XWPFParagraph paragraph, ParagraphAlignment alignment) {
        paragraph.setAlignment(alignment);
        paragraph.setSpacingBefore(0);
        paragraph.setSpacingAfter(0);
    }

    /** A body paragraph: justified, first line indented, 6 pt between paragraphs. */
    static void body(XWPFParagraph paragraph) {
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        paragraph.setFirstLineIndent(LayoutRules.mmToTwips(LayoutRules.FIRST_LINE_INDENT_MM));
        paragraph.setSpacingBefore(0);
        paragraph.setSpacingAfter(Math.round(LayoutRules.PARAGRAPH_SPACING_PT * 20));
    }

    /**
     * A short horizontal rule, centred in a column of the given width: an empty paragraph of exact 1 pt height
     * with a bottom border, its indents leaving the rule's length. Set 3 pt lower than the line's own bottom: the
     * dots under ạ, ị, ụ reach down to it, and a rule touching them reads as a strike.
     */
    static void rule(XWPFParagraph paragraph, float columnMm, float ruleMm) {
        line(paragraph, ParagraphAlignment.CENTER);
        paragraph.setSpacingBefore(RULE_DROP_TWIPS);
        int indent = Math.max(0, LayoutRules.mmToTwips((columnMm - ruleMm) / 2));
        paragraph.setIndentationLeft(indent);
        paragraph.setIndentationRight(indent);
        paragraph.setSpacingBetween(1, LineSpacingRule.EXACT);
        paragraph.setBorderBottom(Borders.SINGLE);
        paragraph.getCTP().getPPr().getPBdr().getBottom().setSz(BigInteger.valueOf(6));
    }
}

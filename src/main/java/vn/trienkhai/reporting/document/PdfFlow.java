package vn.trienkhai.reporting.document;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Pages of the PDF and the cursor going down them: A4 with the decree's margins, a new page when the next block
 * does not fit, page numbers from the second page of each section. Each page's content is closed as soon as the
 * next page starts.
 */
final class PdfFlow implements AutoCloseable {

    static final float LEADING = 1.15f;

    private final PDDocument document;
    private final PdfFonts fonts;
    private PDPageContentStream content;
    private boolean landscape;
    private int pageInSection;
    private float y;

    PdfFlow(PDDocument document, PdfFonts fonts) {
        this.document = document;
        this.fonts = fonts;
    }

    PdfFonts fonts() {
        return fonts;
    }

    PDPageContentStream content() {
        return content;
    }

    float y() {
        return y;
    }

    void moveDown(float points) {
        y -= points;
    }

    float left() {
        return LayoutRules.mmToPoints(LayoutRules.MARGIN_LEFT_MM);
    }

    float textWidth() {
        return pageWidth() - left() - LayoutRules.mmToPoints(LayoutRules.MARGIN_RIGHT_MM);
    }

    /** Starts a section (the report, the appendix) on a new page, its pages numbered from 1. */
    void startSection(boolean landscapePage) throws IOException {
        landscape = landscapePage;
        pageInSection = 0;
        nextPage();
    }

    private void nextPage() throws IOException {
        if (content != null) {
            content.close();
        }
        pageInSection++;
        PDRectangle a4 = PDRectangle.A4;
        PDPage page = new PDPage(landscape ? new PDRectangle(a4.getHeight(), a4.getWidth()) : a4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        float top = page.getMediaBox().getHeight();
        if (pageInSection > 1) {
            pageNumber(top);
        }
        y = top - LayoutRules.mmToPoints(LayoutRules.MARGIN_TOP_MM);
    }

    /** Nghị định 30/2020: the number centred in the top margin, none on a section's first page. */
    private void pageNumber(float top) throws IOException {
        String number = Integer.toString(pageInSection);
        float size = LayoutRules.PAGE_NUMBER_SIZE;
        float width = fonts.width(number, FontStyle.REGULAR, size);
        content.beginText();
        content.setFont(fonts.font(FontStyle.REGULAR), size);
        content.newLineAtOffset(left() + (textWidth() - width) / 2,
                top - LayoutRules.mmToPoints(LayoutRules.PAGE_NUMBER_FROM_TOP_MM) - size);
        content.showText(number);
        content.endText();
    }

    /** Starts a new page unless the given height still fits above the bottom margin. */
    boolean ensure(float height) throws IOException {
        if (y - height < LayoutRules.mmToPoints(LayoutRules.MARGIN_BOTTOM_MM)) {
            nextPage();
            return true;
        }
        return false;
    }

    /** Draws one line of words at the cursor's baseline, aligned in the box [x, x + width]. */
    void drawLine(PdfLines.Line line, float x, float width, Align align, float size) throws IOException {
        float space = fonts.width(" ", FontStyle.REGULAR, size);
        float natural = line.wordsWidth() + space * Math.max(0, line.words().size() - 1);
        float gap = space;
        float start = x;
        if (align == Align.CENTER) {
            start = x + (width - natural) / 2;
        } else if (align == Align.RIGHT) {
            start = x + width - natural;
        } else if (align == Align.JUSTIFY && !line.last() && line.words().size() > 1) {
            gap = (width - line.wordsWidth()) / (line.words().size() - 1);
        }
        text(line.words(), start, gap, size);
    }

    private void text(List<PdfLines.Word> words, float start, float gap, float size) throws IOException {
        float x = start;
        for (PdfLines.Word word : words) {
            content.beginText();
            content.setFont(fonts.font(word.style()), size);
            content.newLineAtOffset(x, y);
            content.showText(word.text());
            content.endText();
            x += word.width() + gap;
        }
    }

    void rule(float x1, float x2, float atY) throws IOException {
        content.setLineWidth(0.6f);
        content.moveTo(x1, atY);
        content.lineTo(x2, atY);
        content.stroke();
    }

    private float pageWidth() {
        PDRectangle a4 = PDRectangle.A4;
        return landscape ? a4.getHeight() : a4.getWidth();
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    enum Align {
        LEFT, CENTER, RIGHT, JUSTIFY
    }
}

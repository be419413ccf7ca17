package vn.trienkhai.reporting.document;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of a PDF as it lies on the page: runs of glyphs on one line with no wide gap between them ("blocks": a
 * table cell's line, a header column's line), with their page and position in points from the top left.
 */
final class PrintedText {

    /** Wider than a space, narrower than two cells' padding: splits a line into the blocks a reader sees. */
    static final float BLOCK_GAP = 5.5f;
    private static final float SAME_LINE = 2.5f;

    record Block(int page, float left, float right, float baseline, float size, String text) {

        float centre() {
            return (left + right) / 2;
        }
    }

    private PrintedText() {
    }

    static List<Block> blocks(PDDocument document) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                if (!text.getUnicode().isBlank()) {
                    glyphs.add(new Glyph(getCurrentPageNo(), text.getXDirAdj(), text.getXDirAdj() + text.getWidthDirAdj(),
                            text.getYDirAdj(), text.getFontSizeInPt(), text.getUnicode()));
                }
            }
        };
        stripper.getText(document);
        glyphs.sort(Comparator.comparingInt(Glyph::page).thenComparing(Glyph::baseline).thenComparing(Glyph::left));
        List<List<Glyph>> lines = new ArrayList<>();
        for (Glyph glyph : glyphs) {
            List<Glyph> line = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (line != null && line.get(0).page() == glyph.page()
                    && Math.abs(line.get(0).baseline() - glyph.baseline()) < SAME_LINE) {
                line.add(glyph);
            } else {
                lines.add(new ArrayList<>(List.of(glyph)));
            }
        }
        List<Block> blocks = new ArrayList<>();
        for (List<Glyph> line : lines) {
            line.sort(Comparator.comparing(Glyph::left));
            List<Glyph> block = new ArrayList<>();
            for (Glyph glyph : line) {
                if (!block.isEmpty() && glyph.left() - block.get(block.size() - 1).right() > BLOCK_GAP) {
                    blocks.add(block(block));
                    block = new ArrayList<>();
                }
                block.add(glyph);
            }
            blocks.add(block(block));
        }
        return blocks;
    }

    /** Every block's text, in reading order: page, line, left to right. */
    static List<String> texts(List<Block> blocks) {
        return blocks.stream().map(Block::text).toList();
    }

    private static Block block(List<Glyph> glyphs) {
        StringBuilder text = new StringBuilder();
        Glyph previous = null;
        for (Glyph glyph : glyphs) {
            if (previous != null && glyph.left() - previous.right() > glyph.size() * 0.15f) {
                text.append(' ');
            }
            text.append(glyph.text());
            previous = glyph;
        }
        Glyph first = glyphs.get(0);
        return new Block(first.page(), first.left(), glyphs.get(glyphs.size() - 1).right(), first.baseline(),
                first.size(), Normalizer.normalize(text.toString(), Normalizer.Form.NFC));
    }

    private record Glyph(int page, float left, float right, float baseline, float size, String text) {
    }
}

package vn.trienkhai.reporting.document;

import java.util.ArrayList;
import java.util.List;

/** Breaks styled text into lines that fit a width; a word longer than the line is cut. */
final class PdfLines {

    /** A run of text in one face. */
    record Span(String text, FontStyle style) {
    }

    /** A word ready to draw, with its width in points. */
    record Word(String text, FontStyle style, float width) {
    }

    /** One line: its words and their total width without the spaces. */
    record Line(List<Word> words, float wordsWidth, boolean last) {
    }

    private final PdfFonts fonts;
    private final float size;

    PdfLines(PdfFonts fonts, float size) {
        this.fonts = fonts;
        this.size = size;
    }

    float spaceWidth() {
        return fonts.width(" ", FontStyle.REGULAR, size);
    }

    List<Line> wrap(List<Span> spans, float firstWidth, float width) {
        List<Line> lines = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        float used = 0;
        float space = spaceWidth();
        for (Word word : words(spans)) {
            float available = lines.isEmpty() ? firstWidth : width;
            if (word == null) {
                lines.add(new Line(current, used, true));
                current = new ArrayList<>();
                used = 0;
                continue;
            }
            for (Word piece : cut(word, width)) {
                float needed = used + piece.width() + (current.isEmpty() ? 0 : space * current.size());
                if (!current.isEmpty() && needed > available) {
                    lines.add(new Line(current, used, false));
                    current = new ArrayList<>();
                    used = 0;
                    available = width;
                }
                current.add(piece);
                used += piece.width();
            }
        }
        lines.add(new Line(current, used, true));
        return lines;
    }

    /**
     * The words of the spans; {@code null} marks a line break. Runs of spaces are kept as empty words, so that the
     * blanks left for the clerk ("Số:      /BC-UBND") keep their width.
     */
    private List<Word> words(List<Span> spans) {
        List<Word> words = new ArrayList<>();
        for (Span span : spans) {
            String[] lines = span.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    words.add(null);
                }
                for (String text : lines[i].strip().split(" ")) {
                    String printable = fonts.printable(text, span.style());
                    words.add(new Word(printable, span.style(), fonts.width(printable, span.style(), size)));
                }
            }
        }
        return words;
    }

    private List<Word> cut(Word word, float width) {
        if (word.width() <= width) {
            return List.of(word);
        }
        List<Word> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        float pieceWidth = 0;
        String text = word.text();
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            float glyph = fonts.width(new String(Character.toChars(codePoint)), word.style(), size);
            if (piece.length() > 0 && pieceWidth + glyph > width) {
                pieces.add(new Word(piece.toString(), word.style(), pieceWidth));
                piece.setLength(0);
                pieceWidth = 0;
            }
            piece.appendCodePoint(codePoint);
            pieceWidth += glyph;
        }
        pieces.add(new Word(piece.toString(), word.style(), pieceWidth));
        return pieces;
    }
}

package vn.trienkhai.reporting.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.GlyphSubstitutionTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The four faces of the shipped font, embedded (subset) in one PDF. A character the font has no glyph for (an emoji,
 * say) is printed as "?" instead of failing the document.
 */
final class PdfFonts {

    static final String MISSING_GLYPH = "?";
    private static final Map<FontStyle, byte[]> FILES = new EnumMap<>(FontStyle.class);

    private final Map<FontStyle, PDType0Font> fonts = new EnumMap<>(FontStyle.class);
    private final Map<FontStyle, Map<Integer, Boolean>> glyphs = new EnumMap<>(FontStyle.class);
    private final Map<FontStyle, Map<Integer, Float>> advances = new EnumMap<>(FontStyle.class);

    PdfFonts(PDDocument document) throws IOException {
        for (FontStyle style : FontStyle.values()) {
            fonts.put(style, PDType0Font.load(document, withoutSubstitutions(document, file(style)), true));
            glyphs.put(style, new HashMap<>());
            advances.put(style, new HashMap<>());
        }
    }

    /**
     * The font without its glyph substitution table (GSUB): PDFBox would otherwise apply the Latin ligature features
     * on every text shown, rebuilding a regular expression each time, which made a 5,000-unit report take minutes.
     * Vietnamese needs none of them: every letter is a precomposed glyph of the cmap.
     */
    private static TrueTypeFont withoutSubstitutions(PDDocument document, byte[] file) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(file));
        font.getTableMap().remove(GlyphSubstitutionTable.TAG);
        document.registerTrueTypeFontForClosing(font);
        return font;
    }

    PDType0Font font(FontStyle style) {
        return fonts.get(style);
    }

    /** The text with every character the face cannot draw replaced by {@link #MISSING_GLYPH}. */
    String printable(String text, FontStyle style) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (hasGlyph(codePoint, style)) {
                out.appendCodePoint(codePoint);
            } else {
                out.append(MISSING_GLYPH);
            }
        }
        return out.toString();
    }

    /**
     * Width in points of a printable text: the sum of its characters' advances, as PDFBox computes it, each advance
     * asked of the font once (PDFBox decodes the whole text through the font's CMap on every call).
     */
    float width(String printable, FontStyle style, float size) {
        Map<Integer, Float> known = advances.get(style);
        float units = 0;
        for (int i = 0; i < printable.length(); ) {
            int codePoint = printable.codePointAt(i);
            i += Character.charCount(codePoint);
            units += known.computeIfAbsent(codePoint, key -> advance(key, style));
        }
        return units * size / 1000f;
    }

    private float advance(int codePoint, FontStyle style) {
        try {
            return fonts.get(style).getStringWidth(new String(Character.toChars(codePoint)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean hasGlyph(int codePoint, FontStyle style) {
        return glyphs.get(style).computeIfAbsent(codePoint, key -> {
            try {
                fonts.get(style).encode(new String(Character.toChars(key)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        });
    }

    private static synchronized byte[] file(FontStyle style) {
        return FILES.computeIfAbsent(style, TextWidths::fontBytes);
    }
}

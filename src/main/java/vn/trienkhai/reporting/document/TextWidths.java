package vn.trienkhai.reporting.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Text widths from the shipped font's metrics (the same as Times New Roman's), to size the short rules under
 * the header lines in the DOCX the way the PDF draws them.
 */
final class TextWidths {

    private static final Map<FontStyle, TrueTypeFont> FONTS = new EnumMap<>(FontStyle.class);

    private TextWidths() {
    }

    /** Width in points of a text set in the given face and size. */
    static synchronized float width(String text, FontStyle style, float size) {
        TrueTypeFont font = font(style);
        try {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            float units = 0;
            for (int i = 0; i < text.length(); ) {
                int codePoint = text.codePointAt(i);
                i += Character.charCount(codePoint);
                units += font.getAdvanceWidth(cmap.getGlyphId(codePoint));
            }
            return units * size / font.getUnitsPerEm();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] fontBytes(FontStyle style) {
        try (InputStream in = TextWidths.class.getResourceAsStream(style.resource())) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: " + style.resource());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TrueTypeFont font(FontStyle style) {
        return FONTS.computeIfAbsent(style, key -> {
            try {
                return new TTFParser().parse(new RandomAccessReadBuffer(fontBytes(key)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}

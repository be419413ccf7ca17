package vn.trienkhai.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class PdfFontsTests {

    @Test
    void cachedWidthsAddUpToWhatPdfBoxMeasures() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = new PdfFonts(document);
            for (FontStyle style : FontStyle.values()) {
                for (String text : new String[] {"Độc lập - Tự do - Hạnh phúc", "ỨNG PHÓ 1.234.567,89", "Ỷ ỹ đ ơ ư",
                        "WAVE fi fl"}) {
                    float expected = fonts.font(style).getStringWidth(text) * 13 / 1000f;
                    assertThat(fonts.width(text, style, 13)).as(style + " " + text).isCloseTo(expected, within(0.001f));
                    assertThat(fonts.width(text, style, 13)).as("asked again, from the cache")
                            .isCloseTo(expected, within(0.001f));
                }
            }
        }
    }

    @Test
    void aCharacterWithoutAGlyphIsPrintedAsAQuestionMark() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = new PdfFonts(document);
            assertThat(fonts.printable("Tổ 1 \uD83D\uDE00", FontStyle.REGULAR)).isEqualTo("Tổ 1 ?");
        }
    }
}

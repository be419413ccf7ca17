package vn.trienkhai.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/**
 * The state and the Party report rendered as a person sees them (PDFBox at 100 dpi), kept as PNGs under
 * {@code target/report-renders/} for review, and checked the way a clerk looks at a page: the header rules (under
 * the issuing body in the state layout, a star in the Party's; under the national title), and nothing in the margins
 * NĐ 30/2020 leaves blank (left 30–35 mm, right 15–20 mm).
 */
class ReportRenderTests {

    static final Path RENDERS = Path.of("target", "report-renders");
    static final float DPI = 100;
    /** Any ink: thin rules render grey at this resolution. */
    static final int DARK = 200;

    @Test
    void theStateReportKeepsItsMarginsAndDrawsBothHeaderRules() throws IOException {
        List<BufferedImage> pages = render("state", SampleReports.aiQuoc());

        BufferedImage first = pages.get(0);
        assertThat(longestDarkRun(first, 0, first.getWidth() / 2, first.getHeight() / 5))
                .as("a rule under the issuing body").isGreaterThan(mm(15));
        assertHeaderRulesAndMargins(pages);
    }

    @Test
    void thePartyReportHasAStarNotARuleUnderTheCommitteeAndKeepsItsMargins() throws IOException {
        List<BufferedImage> pages = render("party", SampleReports.thanhUy());

        BufferedImage first = pages.get(0);
        assertThat(longestDarkRun(first, 0, first.getWidth() / 2, first.getHeight() / 5))
                .as("no rule under the committee (Hướng dẫn 36: a star)").isLessThan(mm(5));
        assertHeaderRulesAndMargins(pages);
    }

    private static void assertHeaderRulesAndMargins(List<BufferedImage> pages) {
        assertThat(pages).isNotEmpty();
        BufferedImage first = pages.get(0);
        assertThat(longestDarkRun(first, first.getWidth() / 2, first.getWidth(), first.getHeight() / 5))
                .as("a rule under the national title").isGreaterThan(mm(30));
        for (int page = 0; page < pages.size(); page++) {
            BufferedImage image = pages.get(page);
            assertThat(darkPixels(image, 0, mm(25))).as("left margin of page %d", page + 1).isZero();
            assertThat(darkPixels(image, image.getWidth() - mm(12), image.getWidth()))
                    .as("right margin of page %d", page + 1).isZero();
        }
    }

    private static List<BufferedImage> render(String name, ConsolidatedReport report) throws IOException {
        byte[] pdf = PdfReportWriterTests.written(report);
        Files.createDirectories(RENDERS);
        List<BufferedImage> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, DPI, ImageType.GRAY);
                ImageIO.write(image, "png", RENDERS.resolve(name + "-page-" + (page + 1) + ".png").toFile());
                pages.add(image);
            }
        }
        return pages;
    }

    /** The longest horizontal run of dark pixels between two columns, in the rows above {@code bottom}. */
    private static int longestDarkRun(BufferedImage image, int from, int to, int bottom) {
        int longest = 0;
        for (int y = 0; y < bottom; y++) {
            int run = 0;
            for (int x = from; x < to; x++) {
                run = dark(image, x, y) ? run + 1 : 0;
                longest = Math.max(longest, run);
            }
        }
        return longest;
    }

    private static int darkPixels(BufferedImage image, int from, int to) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = from; x < to; x++) {
                count += dark(image, x, y) ? 1 : 0;
            }
        }
        return count;
    }

    private static boolean dark(BufferedImage image, int x, int y) {
        return (image.getRGB(x, y) & 0xFF) < DARK;
    }

    private static int mm(double millimetres) {
        return (int) Math.round(millimetres / 25.4 * DPI);
    }
}

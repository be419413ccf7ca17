package vn.trienkhai.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.trienkhai.plan.PlanLayout;

/**
 * The DOCX as an office opens it: the state and the Party report converted to PDF by LibreOffice (one
 * {@code soffice} run for both), rasterised at 150 dpi into {@code target/report-renders/docx-{state,party}-page-N.png}
 * for review, and checked on what LibreOffice printed the way a clerk checks a report before it goes to be signed.
 * Needs {@code soffice}, and fails without it (see {@link LibreOffice}).
 */
class DocxRenderTests {

    static final Path RENDERS = Path.of("target", "report-renders");
    static final float DPI = 150;
    static final int DARK = 160;
    /**
     * A number as printed: digits with their separators, a sign, a percent; split at a line's end it prints as two
     * pieces. Single digits cannot be split and are left out.
     */
    static final Pattern NUMBER = Pattern.compile("[+-]?\\d(?:[\\d.,:/]*\\d)?%?");

    record Render(byte[] docx, PDDocument pdf, List<BufferedImage> pages, List<PrintedText.Block> blocks) {
    }

    static final Map<PlanLayout, Render> RENDERED = new LinkedHashMap<>();

    @BeforeAll
    static void renderBothLayoutsOnce() throws Exception {
        Map<String, byte[]> docx = new LinkedHashMap<>();
        docx.put("docx-state", DocxReportWriterTests.bytes(SampleReports.aiQuocWithTasks()));
        docx.put("docx-party", DocxReportWriterTests.bytes(SampleReports.thanhUy()));
        Map<String, Path> pdfs = LibreOffice.toPdf(docx, RENDERS);
        for (Map.Entry<String, Path> pdf : pdfs.entrySet()) {
            PDDocument document = Loader.loadPDF(pdf.getValue().toFile());
            List<BufferedImage> pages = new ArrayList<>();
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, DPI, ImageType.GRAY);
                ImageIO.write(image, "png", RENDERS.resolve(pdf.getKey() + "-page-" + (page + 1) + ".png").toFile());
                pages.add(image);
            }
            PlanLayout layout = pdf.getKey().endsWith("state") ? PlanLayout.STATE : PlanLayout.PARTY;
            RENDERED.put(layout, new Render(docx.get(pdf.getKey()), document, pages, PrintedText.blocks(document)));
        }
    }

    @AfterAll
    static void close() throws IOException {
        for (Render render : RENDERED.values()) {
            render.pdf().close();
        }
        RENDERED.clear();
    }

    @Test
    void theRuleUnderTheIssuingBodyIsAThirdToAHalfOfTheNameAsPrinted() {
        Render state = RENDERED.get(PlanLayout.STATE);
        BufferedImage first = state.pages().get(0);
        PrintedText.Block name = block(state, "UBND PHƯỜNG ÁI QUỐC");
        Run rule = longestRunBelow(first, 0, px(LayoutRules.mmToPoints(LayoutRules.MARGIN_LEFT_MM
                + LayoutRules.headerLeftMm(PlanLayout.STATE))), px(name.baseline()) + 2, px(name.baseline() + 14));
        double ratio = (double) rule.length() / px(name.right() - name.left());

        assertThat(rule.length()).as("a rule under the issuing body").isGreaterThan(px(20));
        assertThat(ratio).as("rule / name as printed (Nghị định 30: 1/3 to 1/2)").isBetween(1 / 3.0, 1 / 2.0);
        assertThat(Math.abs(rule.centre() - px(name.centre()))).as("the rule is centred under the name")
                .isLessThan(px(3));
    }

    @Test
    void theRulesStandClearOfTheMarksUnderTheLetters() {
        Render state = RENDERED.get(PlanLayout.STATE);
        Render party = RENDERED.get(PlanLayout.PARTY);
        for (PrintedText.Block line : List.of(block(state, "UBND PHƯỜNG ÁI QUỐC"),
                block(state, "Độc lập - Tự do - Hạnh phúc"), block(state, SampleReports.aiQuoc().subject()))) {
            assertClearRuleUnder(state, line);
        }
        assertClearRuleUnder(party, block(party, SampleReports.thanhUy().subject()));
    }

    @Test
    void thePartyCommitteeHasAStarAndNoRule() {
        Render party = RENDERED.get(PlanLayout.PARTY);
        PrintedText.Block committee = block(party, "THÀNH ỦY");
        Run under = longestRunBelow(party.pages().get(0), 0, party.pages().get(0).getWidth() / 2,
                px(committee.baseline()) + 2, px(committee.baseline() + 30));

        assertThat(under.length()).as("no rule under the committee (Hướng dẫn 36)").isLessThan(px(8));
        assertThat(party.blocks()).anySatisfy(star -> {
            assertThat(star.text()).isEqualTo("*");
            assertThat(star.baseline()).isGreaterThan(committee.baseline());
            assertThat(Math.abs(star.centre() - committee.centre())).isLessThan(3);
        });
    }

    @Test
    void libreOfficePrintsEveryLineInTimesNewRomanOrItsMetricTwin() throws IOException {
        for (Render render : RENDERED.values()) {
            TreeSet<String> families = new TreeSet<>();
            for (PDPage page : render.pdf().getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    families.add(font.getName().replaceFirst("^[A-Z]{6}\\+", "").replaceFirst("-.*", ""));
                }
            }
            // Without Microsoft's font, fontconfig gives Liberation Serif, metric-compatible: the lines break
            // as in Word. Any other family means a style asks for another font or a glyph fell back.
            assertThat(families).as("fonts LibreOffice used").isNotEmpty()
                    .allMatch(family -> family.matches("TimesNewRoman(PS)?(MT)?|LiberationSerif"));
        }
    }

    @Test
    void theSignatureBlockIsThereWithRoomToSign() {
        assertSignature(RENDERED.get(PlanLayout.STATE), SampleReports.aiQuoc().signature());
        assertSignature(RENDERED.get(PlanLayout.PARTY), SampleReports.thanhUy().signature());
    }

    @Test
    void theSectionsComeInTheirOrder() {
        assertThat(PrintedText.texts(RENDERED.get(PlanLayout.STATE).blocks())).containsSubsequence(
                "UBND PHƯỜNG ÁI QUỐC", "BÁO CÁO",
                "I. KẾT QUẢ THỰC HIỆN", "II. SỐ LIỆU TỔNG HỢP", "III. TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ CỦA KẾ HOẠCH",
                "IV. TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ", "V. HẠN CHẾ, KHÓ KHĂN", "VI. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI",
                "VII. KIẾN NGHỊ, ĐỀ XUẤT", "Nơi nhận:", "PHỤ LỤC", "1. Số liệu của các đơn vị",
                "2. Ý kiến của các đơn vị");
        assertThat(PrintedText.texts(RENDERED.get(PlanLayout.PARTY).blocks())).containsSubsequence(
                "THÀNH ỦY", "BÁO CÁO", "I. KẾT QUẢ THỰC HIỆN", "II. SỐ LIỆU TỔNG HỢP",
                "Nơi nhận:", "PHỤ LỤC");
    }

    @Test
    void noNumberOfATableIsSplitAcrossLines() throws IOException {
        for (Render render : RENDERED.values()) {
            Map<String, Integer> written = new HashMap<>();
            Map<String, Integer> printed = new HashMap<>();
            List<String> inTables = new ArrayList<>();
            try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(render.docx()));
                    XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
                count(extractor.getText(), written);
                for (XWPFTable table : document.getTables()) {
                    for (XWPFTableRow row : table.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            Matcher number = NUMBER.matcher(cell.getText());
                            while (number.find()) {
                                if (number.group().length() > 1) {
                                    inTables.add(number.group());
                                }
                            }
                        }
                    }
                }
            }
            render.blocks().forEach(block -> count(block.text(), printed));

            assertThat(inTables).as("numbers in the tables").hasSizeGreaterThan(5);
            // A number broken at a line's end prints as two pieces: its whole form is then found fewer times.
            assertThat(inTables).allSatisfy(number -> assertThat(printed.getOrDefault(number, 0))
                    .as("\"%s\" printed whole", number).isGreaterThanOrEqualTo(written.get(number)));
        }
    }

    @Test
    void theAppendixTotalsAreTheSumOfTheUnitsAndMatchSectionTwo() {
        Render state = RENDERED.get(PlanLayout.STATE);
        PrintedText.Block total = state.blocks().stream().filter(b -> b.text().equals(ReportTables.TOTAL))
                .reduce((first, second) -> second).orElseThrow();
        List<PrintedText.Block> totals = state.blocks().stream()
                .filter(b -> b.page() == total.page() && Math.abs(b.baseline() - total.baseline()) < 1
                        && b.left() > total.right())
                .toList();
        assertThat(totals).as("one total per metric").hasSize(SampleReports.AI_QUOC_METRICS.size());

        int unitFigures = 0;
        for (PrintedText.Block columnTotal : totals) {
            List<PrintedText.Block> column = state.blocks().stream()
                    .filter(b -> b.page() == total.page() && b.baseline() < total.baseline()
                            && Math.abs(b.right() - columnTotal.right()) < 1 && isFigure(b.text()))
                    .toList();
            unitFigures += column.size();
            BigDecimal sum = column.stream().map(b -> figure(b.text())).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(figure(columnTotal.text())).as("total printed at x=%.0f", columnTotal.right()).isEqualTo(sum);
        }
        assertThat(unitFigures).as("the units' printed figures").isEqualTo(3 * SampleReports.AI_QUOC_METRICS.size());

        PrintedText.Block reported = block(state, "Kỳ báo cáo");
        List<BigDecimal> sectionTwo = state.blocks().stream()
                .filter(b -> b.page() == reported.page() && b.baseline() > reported.baseline()
                        && b.right() > reported.left() && b.right() < reported.right() + 15 && isFigure(b.text()))
                .map(b -> figure(b.text())).toList();
        assertThat(sectionTwo).as("section II's figures are the appendix's totals")
                .isEqualTo(totals.stream().map(b -> figure(b.text())).toList());
    }

    private static void assertSignature(Render render, Signature signature) {
        PrintedText.Block authority = block(render, ReportWording.upper(signature.authority()));
        PrintedText.Block title = block(render, ReportWording.upper(signature.title()));
        PrintedText.Block name = block(render, signature.name());
        float pageWidth = render.pdf().getPage(authority.page() - 1).getMediaBox().getWidth();

        assertThat(List.of(title.page(), name.page())).as("one page").containsOnly(authority.page());
        assertThat(List.of(authority, title, name)).as("in the right half").allMatch(b -> b.left() > pageWidth / 2);
        assertThat(title.baseline()).as("title under the authority").isGreaterThan(authority.baseline());
        assertThat(name.baseline() - title.baseline()).as("room to sign and stamp, in points")
                .isGreaterThan(LayoutRules.mmToPoints(20));
        assertThat(Math.abs(name.centre() - authority.centre())).as("centred on each other").isLessThan(3);
        if (signature.hasCollective()) {
            PrintedText.Block collective = block(render, ReportWording.upper(signature.collective()));
            assertThat(collective.page()).as("the collective line on the signature's page").isEqualTo(authority.page());
            assertThat(authority.baseline()).as("the authority under the collective line")
                    .isGreaterThan(collective.baseline());
            assertThat(Math.abs(collective.centre() - authority.centre())).as("centred on each other").isLessThan(3);
        }
    }

    /** The rule under a line, with blank rows between it and the lowest ink above (the dots of ạ, ị, ụ). */
    private static void assertClearRuleUnder(Render render, PrintedText.Block line) {
        BufferedImage page = render.pages().get(line.page() - 1);
        Run rule = longestRunBelow(page, px(line.left() - 10), px(line.right() + 10), px(line.baseline()),
                px(line.baseline() + 14));
        assertThat(rule.length()).as("a rule under \"%s\"", line.text()).isGreaterThan(px(20));
        int top = rule.row();
        while (inkIn(page, rule, top - 1) > rule.length() * 0.9) {
            top--;
        }
        int clear = 0;
        while (inkIn(page, rule, top - 1 - clear) == 0) {
            clear++;
        }
        assertThat(clear).as("blank rows between \"%s\" and its rule", line.text()).isGreaterThanOrEqualTo(px(1.5f));
    }

    private static int inkIn(BufferedImage image, Run run, int row) {
        int ink = 0;
        for (int x = run.from(); x < run.from() + run.length(); x++) {
            ink += (image.getRGB(x, row) & 0xFF) < DARK ? 1 : 0;
        }
        return ink;
    }

    private static PrintedText.Block block(Render render, String text) {
        return render.blocks().stream().filter(b -> b.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("\"" + text + "\" not printed as one line: "
                        + PrintedText.texts(render.blocks())));
    }

    private static void count(String text, Map<String, Integer> counts) {
        Matcher number = NUMBER.matcher(text);
        while (number.find()) {
            counts.merge(number.group(), 1, Integer::sum);
        }
    }

    private static boolean isFigure(String text) {
        return text.equals("-") || text.matches("\\d{1,3}(\\.\\d{3})*");
    }

    /** A figure as printed: thousands with dots; "-" where a unit has no data. */
    private static BigDecimal figure(String text) {
        return text.equals("-") ? BigDecimal.ZERO : new BigDecimal(text.replace(".", ""));
    }

    record Run(int from, int length, int row) {

        int centre() {
            return from + length / 2;
        }
    }

    /** The longest horizontal run of ink between two columns, in the rows from {@code top} to {@code bottom}. */
    private static Run longestRunBelow(BufferedImage image, int from, int to, int top, int bottom) {
        Run longest = new Run(0, 0, top);
        for (int y = top; y < bottom; y++) {
            int start = from;
            for (int x = from; x < to; x++) {
                if ((image.getRGB(x, y) & 0xFF) >= DARK) {
                    start = x + 1;
                } else if (x + 1 - start > longest.length()) {
                    longest = new Run(start, x + 1 - start, y);
                }
            }
        }
        return longest;
    }

    /** Points to pixels at the render's resolution. */
    private static int px(float points) {
        return Math.round(points / 72 * DPI);
    }
}

package vn.trienkhai.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The trích yếu is broken between phrases, never inside one. */
class SubjectLinesTests {

    static final float TEXT_WIDTH = LayoutRules.mmToPoints(LayoutRules.TEXT_WIDTH_MM);
    static final float SIZE = LayoutRules.TITLE_SIZE;
    static final String DEMO = "Kết quả thực hiện Kế hoạch số 12/KH-UBND triển khai Chỉ thị số 08-CT/TU quý III/2026";

    @Test
    void thePhrasesStartAtTheVerbsAndThePeriod() {
        assertThat(SubjectLines.phrases(DEMO)).containsExactly("Kết quả thực hiện Kế hoạch số 12/KH-UBND",
                "triển khai Chỉ thị số 08-CT/TU", "quý III/2026");
        assertThat(SubjectLines.phrases("Tình hình triển khai thực hiện Nghị quyết số 57-NQ/TW về phát triển khoa học"
                + " của Đảng ủy phường 6 tháng đầu năm 2026")).containsExactly("Tình hình",
                "triển khai thực hiện Nghị quyết số 57-NQ/TW", "về phát triển khoa học", "của Đảng ủy phường",
                "6 tháng đầu năm 2026");
    }

    @Test
    void theDemoSubjectIsTwoEvenLinesBrokenBeforeTheDirective() {
        assertThat(SubjectLines.of(DEMO, TEXT_WIDTH, SIZE)).containsExactly("Kết quả thực hiện Kế hoạch số 12/KH-UBND",
                "triển khai Chỉ thị số 08-CT/TU quý III/2026");
    }

    @Test
    void aSubjectThatHoldsOnOneLineStaysOne() {
        assertThat(SubjectLines.of("Kết quả thực hiện Kế hoạch quý III/2026", TEXT_WIDTH, SIZE))
                .containsExactly("Kết quả thực hiện Kế hoạch quý III/2026");
    }

    @Test
    void aNarrowerColumnBreaksBeforeThePeriodTooButNeverInsideANumberOrThePeriod() {
        float narrow = TextWidths.width("triển khai Chỉ thị số 08-CT/TU", FontStyle.BOLD, SIZE) + 3;
        assertThat(SubjectLines.of("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 08-CT/TU quý III/2026", narrow,
                SIZE)).containsExactly("Kết quả thực hiện Kế hoạch", "triển khai Chỉ thị số 08-CT/TU", "quý III/2026");
    }

    @Test
    void aLongPlanNumberMovesTheWholeReferenceNotHalfOfIt() {
        String subject = "Kết quả thực hiện Kế hoạch số 125/KH-UBND-VHXH-PKTHT-CAP triển khai Chỉ thị số 08-CT/TU"
                + " của Ban Thường vụ Thành ủy Hải Phòng quý III/2026";
        List<String> lines = SubjectLines.of(subject, TEXT_WIDTH, SIZE);
        assertThat(String.join(" ", lines)).isEqualTo(subject);
        assertThat(lines).allSatisfy(line -> assertThat(TextWidths.width(line, FontStyle.BOLD, SIZE)).isLessThan(TEXT_WIDTH));
        assertThat(lines).noneMatch(line -> line.endsWith(" số") || line.endsWith(" quý") || line.endsWith("Chỉ thị"));
        assertThat(lines).anyMatch(line -> line.startsWith("triển khai") || line.startsWith("của"));
        assertThat(lines.get(lines.size() - 1)).endsWith("quý III/2026");
        assertThat(lines).noneMatch(line -> line.startsWith("III/2026"));
    }

    @Test
    void aPhraseWiderThanTheLineIsBrokenBetweenWordsOnly() {
        String phrase = "Kết quả thực hiện " + "rất dài ".repeat(40).strip();
        List<String> lines = SubjectLines.of(phrase, TEXT_WIDTH, SIZE);
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(String.join(" ", lines)).isEqualTo(phrase);
        assertThat(lines).allSatisfy(line -> assertThat(TextWidths.width(line, FontStyle.BOLD, SIZE)).isLessThan(TEXT_WIDTH));
    }

    @Test
    void blankAndExtraSpacesAreHandled() {
        assertThat(SubjectLines.of("  ", TEXT_WIDTH, SIZE)).isEmpty();
        assertThat(SubjectLines.of(" Kết quả   thực hiện  quý III/2026 ", TEXT_WIDTH, SIZE))
                .containsExactly("Kết quả thực hiện quý III/2026");
    }
}

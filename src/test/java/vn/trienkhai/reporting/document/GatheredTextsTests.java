package vn.trienkhai.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.trienkhai.reporting.document.GatheredTexts.Gathered;
import vn.trienkhai.reporting.document.GatheredTexts.Line;

/** The units' texts gathered for the body: shortest first, equal texts merged, empty answers left out. */
class GatheredTextsTests {

    private static UnitNarrative wrote(String unit, String limitation) {
        return new UnitNarrative(unit, new Findings("", limitation, ""));
    }

    private static Gathered limitations(UnitNarrative... narratives) {
        return GatheredTexts.of(Stream.of(narratives), Findings::limitations);
    }

    @Test
    void shortestFirstTiesInTheReportsOrder() {
        Gathered gathered = limitations(
                wrote("Tổ dân phố số 1", "Kinh phí cho công tác tuyên truyền còn hạn chế."),
                wrote("Tổ dân phố số 2", "Thiếu nhân lực."),
                wrote("Công an phường", "Thiếu phương tiện"),
                wrote("Tổ dân phố số 3", "Thiếu nhân lực"));
        assertThat(gathered.lines()).extracting(Line::text).containsExactly("Thiếu nhân lực", "Thiếu phương tiện",
                "Kinh phí cho công tác tuyên truyền còn hạn chế");
        assertThat(gathered.otherUnits()).isZero();
    }

    @Test
    void equalTextsAfterTrimmingSpacesCaseAndFinalStopAreOneLineNamingEveryUnit() {
        Gathered gathered = limitations(
                wrote("Tổ dân phố số 1", "  Người dân còn lấn chiếm vỉa hè."),
                wrote("Công an phường", "Chưa có kinh phí"),
                wrote("Tổ dân phố số 2", "người dân   còn lấn chiếm\nvỉa hè"),
                wrote("Tổ dân phố số 4", "NGƯỜI DÂN CÒN LẤN CHIẾM VỈA HÈ;"),
                wrote("Tổ dân phố số 5", "Người dân còn lấn chiếm vỉa hè nhiều"));
        assertThat(gathered.lines()).hasSize(3);
        Line merged = gathered.lines().get(1);
        assertThat(merged.text()).isEqualTo("Người dân còn lấn chiếm vỉa hè");
        assertThat(merged.units()).containsExactly("Tổ dân phố số 1", "Tổ dân phố số 2", "Tổ dân phố số 4");
        assertThat(GatheredTexts.item(merged, false)).isEqualTo(
                "- Tổ dân phố số 1, Tổ dân phố số 2, Tổ dân phố số 4: Người dân còn lấn chiếm vỉa hè;");
        assertThat(GatheredTexts.item(gathered.lines().get(2), true))
                .isEqualTo("- Tổ dân phố số 5: Người dân còn lấn chiếm vỉa hè nhiều.");
    }

    @Test
    void answersThatSayThereIsNothingAreLeftOut() {
        Gathered gathered = limitations(wrote("A", "Không."), wrote("B", "không có"), wrote("C", "Không có hạn chế, "
                + "khó khăn"), wrote("D", "  "), wrote("E", "Chưa có kiến nghị"), wrote("F", "-"), wrote("G", null),
                wrote("H", "Không có kinh phí"));
        assertThat(gathered.lines()).extracting(Line::text).containsExactly("Không có kinh phí");
    }

    @Test
    void pastTheLimitTheShortestAreKeptAndTheOthersCounted() {
        List<UnitNarrative> narratives = new ArrayList<>();
        // longest first, so that every kept text is pushed out again later; the longest text comes back at the end
        IntStream.rangeClosed(1, 50).forEach(i -> narratives.add(wrote("Tổ " + i, "x".repeat(101 - i))));
        narratives.add(wrote("Tổ 51", "x".repeat(100)));
        narratives.add(wrote("Tổ 52", "x".repeat(51)));
        Gathered gathered = GatheredTexts.of(narratives.stream(), Findings::limitations, 10);
        assertThat(gathered.lines()).extracting(line -> line.text().length())
                .containsExactly(51, 52, 53, 54, 55, 56, 57, 58, 59, 60);
        assertThat(gathered.lines().get(0).units()).containsExactly("Tổ 50", "Tổ 52");
        assertThat(gathered.otherUnits()).isEqualTo(52 - 11);
    }

    @Test
    void manyUnitsOnOneLineAreCountedPastTheNamedOnes() {
        UnitNarrative[] narratives = IntStream.rangeClosed(1, 25).mapToObj(i -> wrote("Tổ " + i, "Thiếu kinh phí"))
                .toArray(UnitNarrative[]::new);
        Line line = limitations(narratives).lines().get(0);
        assertThat(line.units()).hasSize(GatheredTexts.MOST_NAMES);
        assertThat(GatheredTexts.item(line, true)).endsWith("Tổ 20 và 5 đơn vị khác: Thiếu kinh phí.");
    }

    @Test
    void aLongTextIsCutInTheBody() {
        Line line = limitations(wrote("A", "Nội dung ".repeat(500))).lines().get(0);
        assertThat(line.text().codePointCount(0, line.text().length())).isLessThanOrEqualTo(
                GatheredTexts.MOST_CHARACTERS + 1);
        assertThat(line.text()).endsWith("…");
    }
}

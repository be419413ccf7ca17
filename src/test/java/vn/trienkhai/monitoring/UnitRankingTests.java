package vn.trienkhai.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.trienkhai.monitoring.UnitRanking.Figures;
import vn.trienkhai.monitoring.UnitRanking.UnitRank;

class UnitRankingTests {

    static Figures unit(String code, int onTime, int done, int overdue) {
        return new Figures(code, "Đơn vị " + code, new OnTimeTally(onTime, done, overdue));
    }

    @Test
    void equalRatesShareARankThenTheNextRankSkips() {
        List<UnitRank> ranking = UnitRanking.of(List.of(unit("B", 1, 2, 0), unit("A", 2, 4, 0), unit("C", 1, 1, 0),
                unit("D", 0, 1, 1)));
        assertThat(ranking).extracting(UnitRank::unitCode).containsExactly("C", "A", "B", "D");
        assertThat(ranking).extracting(UnitRank::rank).containsExactly(1, 2, 2, 4);
        assertThat(ranking).extracting(UnitRank::onTimeRate).containsExactly(1.0, 0.5, 0.5, 0.0);
    }

    @Test
    void aTieOfEqualFiguresIsOrderedByUnitCode() {
        assertThat(UnitRanking.of(List.of(unit("Z", 1, 2, 0), unit("M", 1, 2, 0))))
                .extracting(UnitRank::unitCode).containsExactly("M", "Z");
    }

    @Test
    void aUnitNamedTwiceHasItsFiguresAddedUp() {
        List<UnitRank> ranking = UnitRanking.of(List.of(unit("A", 1, 1, 0), unit("B", 1, 2, 0), unit("A", 0, 0, 1)));
        assertThat(ranking).hasSize(2);
        UnitRank a = ranking.stream().filter(line -> line.unitCode().equals("A")).findFirst().orElseThrow();
        assertThat(List.of(a.doneOnTime(), a.done(), a.overdue())).containsExactly(1, 1, 1);
        assertThat(a.onTimeRate()).isEqualTo(0.5);
        assertThat(a.rank()).isEqualTo(1);
    }

    @Test
    void unitsWithNothingDoneOrOverdueAreListedLastWithoutARank() {
        List<UnitRank> ranking = UnitRanking.of(List.of(unit("Y", 0, 0, 0), unit("X", 0, 0, 0), unit("W", 0, 0, 2)));
        assertThat(ranking).extracting(UnitRank::unitCode).containsExactly("W", "X", "Y");
        assertThat(ranking).extracting(UnitRank::rank).containsExactly(1, null, null);
        assertThat(ranking.get(1).onTimeRate()).isNull();
    }

    /** 25 rated units (U00 best … U24 worst, each rate distinct) and 3 without a rate. */
    static List<UnitRank> longRanking() {
        List<Figures> figures = new java.util.ArrayList<>();
        for (int i = 0; i < 25; i++) {
            figures.add(unit(String.format("U%02d", i), 100 - i, 100, 0));
        }
        figures.add(unit("V1", 0, 0, 0));
        figures.add(unit("V2", 0, 0, 0));
        figures.add(unit("V3", 0, 0, 0));
        return UnitRanking.of(figures);
    }

    @Test
    void theHeadHoldsTheBestAndTheMostLaggingRatedUnitsWithTheWholeRankingsSize() {
        UnitRanking.RankingHead head = UnitRanking.head(longRanking(), 10);
        assertThat(head.total()).isEqualTo(28);
        assertThat(head.rated()).isEqualTo(25);
        assertThat(head.best()).extracting(UnitRank::unitCode)
                .containsExactly("U00", "U01", "U02", "U03", "U04", "U05", "U06", "U07", "U08", "U09");
        assertThat(head.lagging()).extracting(UnitRank::unitCode)
                .containsExactly("U15", "U16", "U17", "U18", "U19", "U20", "U21", "U22", "U23", "U24");
        assertThat(head.lagging()).extracting(UnitRank::rank).startsWith(16).endsWith(25);
    }

    @Test
    void aShortRankingsHeadListsNoUnitTwiceAndNoUnitWithoutARate() {
        List<UnitRank> ranking = longRanking().subList(12, 28);
        UnitRanking.RankingHead head = UnitRanking.head(ranking, 10);
        assertThat(head.best()).hasSize(10);
        assertThat(head.lagging()).extracting(UnitRank::unitCode).containsExactly("U22", "U23", "U24");
        UnitRanking.RankingHead fewer = UnitRanking.head(ranking.subList(10, 16), 10);
        assertThat(fewer.best()).extracting(UnitRank::unitCode).containsExactly("U22", "U23", "U24");
        assertThat(fewer.lagging()).isEmpty();
        assertThat(fewer.total()).isEqualTo(6);
        UnitRanking.RankingHead none = UnitRanking.head(List.of(), 10);
        assertThat(List.of(none.total(), none.rated(), none.best().size(), none.lagging().size()))
                .containsOnly(0);
    }

    @Test
    void aPageIsASliceOfTheWholeRankingInItsOrderAndPastTheEndIsEmpty() {
        List<UnitRank> ranking = longRanking();
        UnitRanking.RankingPage second = UnitRanking.page(ranking, 10, 10);
        assertThat(second.lines()).isEqualTo(ranking.subList(10, 20));
        assertThat(List.of(second.total(), second.offset(), second.limit())).containsExactly(28, 10, 10);
        assertThat(UnitRanking.page(ranking, 20, 10).lines()).extracting(UnitRank::unitCode)
                .containsExactly("U20", "U21", "U22", "U23", "U24", "V1", "V2", "V3");
        assertThat(UnitRanking.page(ranking, 28, 10).lines()).isEmpty();
        assertThat(UnitRanking.page(ranking, 500, 10).lines()).isEmpty();
    }
}

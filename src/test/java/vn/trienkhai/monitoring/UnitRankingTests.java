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
}

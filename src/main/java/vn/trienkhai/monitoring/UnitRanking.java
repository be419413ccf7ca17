package vn.trienkhai.monitoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.trienkhai.monitoring.ProgressInput.TaskRow;
import vn.trienkhai.plantask.PlanTaskStatus;
import vn.trienkhai.rollout.StageTally;

/**
 * Units ranked by on-time rate (xếp hạng), highest first. Equal rates share a rank and the next
 * rank skips (1, 2, 2, 4); within a tie the unit with more work completed on time comes first, then
 * by unit code. A unit with nothing completed and nothing overdue has no rate: it is listed last,
 * without a rank, by unit code.
 */
final class UnitRanking {

    private UnitRanking() {
    }

    /** One unit's figures; a unit named twice (stages, tasks, or two rollouts) has them added up. */
    record Figures(String unitCode, String unitName, OnTimeTally tally) {
    }

    /** One line of the ranking; {@code rank} and {@code onTimeRate} are null for a unit with no rate yet. */
    record UnitRank(Integer rank, String unitCode, String unitName, int doneOnTime, int done, int overdue,
                    Double onTimeRate) {
    }

    /**
     * The head of a ranking, what the plan page shows first: the {@code size} best lines and the {@code size} rated
     * lines that lag most (the last ones with a rate, in ranking order, none of them among the best), with how many
     * lines the whole ranking has and how many of them have a rate. Units without a rate are only in the pages.
     */
    record RankingHead(int total, int rated, List<UnitRank> best, List<UnitRank> lagging) {
    }

    /** Lines {@code offset} to {@code offset + limit - 1} of a ranking of {@code total} lines. */
    record RankingPage(int total, int offset, int limit, List<UnitRank> lines) {
    }

    static RankingHead head(List<UnitRank> ranking, int size) {
        int rated = (int) ranking.stream().filter(line -> line.rank() != null).count();
        int best = Math.min(size, rated);
        return new RankingHead(ranking.size(), rated, List.copyOf(ranking.subList(0, best)),
                List.copyOf(ranking.subList(Math.max(best, rated - size), rated)));
    }

    static RankingPage page(List<UnitRank> ranking, int offset, int limit) {
        int from = Math.min(offset, ranking.size());
        return new RankingPage(ranking.size(), offset, limit,
                List.copyOf(ranking.subList(from, Math.min(ranking.size(), from + limit))));
    }

    /** A unit's stages as the database counted them in one rollout. */
    static Figures of(StageTally tally) {
        return new Figures(tally.unitCode(), tally.unitName(), ProgressOutline.counts(tally).tally());
    }

    /** A plan task, counted for the unit that leads it. */
    static Figures of(TaskRow task, PlanTaskStatus status) {
        return new Figures(task.leadCode(), task.leadName(), TaskCounts.of(List.of(status)).tally());
    }

    static List<UnitRank> of(List<Figures> figures) {
        Map<String, Figures> byUnit = new LinkedHashMap<>();
        figures.forEach(unit -> byUnit.merge(unit.unitCode(), unit,
                (first, more) -> new Figures(first.unitCode(), first.unitName(), first.tally().plus(more.tally()))));
        List<Figures> rated = byUnit.values().stream().filter(unit -> unit.tally().rate() != null)
                .sorted(Comparator.comparing(Figures::tally, OnTimeTally::byRateDescending)
                        .thenComparing(Comparator.comparingInt((Figures unit) -> unit.tally().onTime()).reversed())
                        .thenComparing(Figures::unitCode))
                .toList();
        List<UnitRank> ranking = new ArrayList<>();
        for (int i = 0; i < rated.size(); i++) {
            boolean tied = i > 0 && OnTimeTally.byRateDescending(rated.get(i - 1).tally(), rated.get(i).tally()) == 0;
            ranking.add(line(tied ? ranking.get(i - 1).rank() : i + 1, rated.get(i)));
        }
        byUnit.values().stream().filter(unit -> unit.tally().rate() == null)
                .sorted(Comparator.comparing(Figures::unitCode))
                .forEach(unit -> ranking.add(line(null, unit)));
        return ranking;
    }

    private static UnitRank line(Integer rank, Figures unit) {
        OnTimeTally tally = unit.tally();
        return new UnitRank(rank, unit.unitCode(), unit.unitName(), tally.onTime(), tally.done(), tally.overdue(),
                tally.rate());
    }
}

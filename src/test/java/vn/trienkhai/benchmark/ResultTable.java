package vn.trienkhai.benchmark;

import java.util.ArrayList;
import java.util.List;

/** The printed table: per work, the bare baseline (1 and 2 threads) and trienkhai, and their ratios. */
final class ResultTable {

    record Row(String work, Timings bareOneThread, Timings bareTwoThreads, Timings trienkhai) {
    }

    private final List<Row> rows = new ArrayList<>();

    void add(Row row) {
        rows.add(row);
    }

    List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("| work | bare, 1 thread: min / median ms | bare, 2 threads: min / median ms | trienkhai: min / median ms "
                + "| ratio to 1 thread (median) | ratio to 2 threads (median) |");
        lines.add("| --- | --- | --- | --- | --- | --- |");
        for (Row row : rows) {
            lines.add(String.format("| %s | %s | %s | %s | %.2f× | %.2f× |", row.work(), cell(row.bareOneThread()),
                    cell(row.bareTwoThreads()), cell(row.trienkhai()),
                    row.trienkhai().median() / row.bareOneThread().median(),
                    row.trienkhai().median() / row.bareTwoThreads().median()));
        }
        lines.add("");
        lines.add("Every run (ms):");
        for (Row row : rows) {
            lines.add(String.format("  %s: bare 1 thread [%s]; bare 2 threads [%s]; trienkhai [%s]", row.work(),
                    row.bareOneThread().all(), row.bareTwoThreads().all(), row.trienkhai().all()));
        }
        return lines;
    }

    private static String cell(Timings timings) {
        return String.format("%.0f / %.0f", timings.min(), timings.median());
    }
}

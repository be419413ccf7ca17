package vn.trienkhai.benchmark;

import java.util.ArrayList;
import java.util.List;

/** The repeated timings of one measurement, in milliseconds. */
final class Timings {

    private final List<Double> millis = new ArrayList<>();

    void add(double value) {
        millis.add(value);
    }

    double min() {
        return sorted().get(0);
    }

    double median() {
        List<Double> sorted = sorted();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** The nearest-rank 95th percentile. */
    double p95() {
        List<Double> sorted = sorted();
        return sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * 0.95) - 1));
    }

    double max() {
        List<Double> sorted = sorted();
        return sorted.get(sorted.size() - 1);
    }

    int size() {
        return millis.size();
    }

    String all() {
        return millis.stream().map(value -> String.format("%.0f", value)).reduce((a, b) -> a + ", " + b).orElse("");
    }

    private List<Double> sorted() {
        List<Double> sorted = new ArrayList<>(millis);
        sorted.sort(Double::compare);
        return sorted;
    }
}

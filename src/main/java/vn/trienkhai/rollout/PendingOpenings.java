package vn.trienkhai.rollout;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.trienkhai.system.TransactionScoped;

/**
 * The progress openings of the current transaction, written together just before it commits:
 * a rollout opens 1,000 study tasks in one transaction, and one statement per task was a
 * database round trip per unit. Whoever reads progress records in the same transaction writes
 * the pending ones first ({@link #writeNow}). Outside a transaction, or once it is committing,
 * an opening is written at once.
 */
@Component
class PendingOpenings {

    private final ProgressOpeningWriter writer;
    private final TransactionScoped<List<ProgressOpening>> pending;

    PendingOpenings(ProgressOpeningWriter writer) {
        this.writer = writer;
        this.pending = new TransactionScoped<>(ArrayList::new, this::write);
    }

    void add(ProgressOpening opening) {
        pending.get().ifPresentOrElse(openings -> openings.add(opening), () -> writer.write(List.of(opening)));
    }

    /** Writes the openings still pending in the current transaction, if any. */
    void writeNow() {
        pending.existing().ifPresent(this::write);
    }

    private void write(List<ProgressOpening> openings) {
        if (!openings.isEmpty()) {
            List<ProgressOpening> batch = List.copyOf(openings);
            openings.clear();
            writer.write(batch);
        }
    }
}

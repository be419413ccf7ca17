package vn.trienkhai.rollout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The progress openings of the current transaction, written together just before it commits:
 * a rollout opens 1,000 study tasks in one transaction, and one statement per task was a
 * database round trip per unit. Whoever reads progress records in the same transaction writes
 * the pending ones first ({@link #writeNow}).
 */
@Component
class PendingOpenings {

    /**
     * Keeps the opening for the commit of the current transaction; without a transaction, or
     * once the transaction is committing, {@code writer} gets it at once.
     */
    void add(ProgressOpening opening, Consumer<List<ProgressOpening>> writer) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            writer.accept(List.of(opening));
            return;
        }
        Pending pending = current();
        if (pending == null) {
            pending = new Pending(writer);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        if (pending.committing) {
            writer.accept(List.of(opening));
        } else {
            pending.openings.add(opening);
        }
    }

    /** Writes the openings still pending in the current transaction, if any. */
    void writeNow() {
        Pending pending = current();
        if (pending != null) {
            pending.write();
        }
    }

    /** This transaction's openings: a synchronization, so that a suspended transaction keeps its own. */
    private Pending current() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof Pending pending && pending.owner() == this) {
                return pending;
            }
        }
        return null;
    }

    private final class Pending implements TransactionSynchronization {

        private final List<ProgressOpening> openings = new ArrayList<>();
        private final Consumer<List<ProgressOpening>> writer;
        private boolean committing;

        private Pending(Consumer<List<ProgressOpening>> writer) {
            this.writer = writer;
        }

        void write() {
            if (!openings.isEmpty()) {
                List<ProgressOpening> batch = List.copyOf(openings);
                openings.clear();
                writer.accept(batch);
            }
        }

        PendingOpenings owner() {
            return PendingOpenings.this;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            committing = true;
            write();
        }
    }
}

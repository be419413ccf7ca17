package vn.trienkhai.system;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value that lives as long as the current transaction, optionally handed to a callback just
 * before it commits. It is kept as one of the transaction's synchronizations rather than a bound
 * resource, so that a transaction suspended for another one keeps its own value.
 */
public final class TransactionScoped<T> {

    private final Supplier<T> initial;
    private final Consumer<T> beforeCommit;

    public TransactionScoped(Supplier<T> initial) {
        this(initial, value -> { });
    }

    public TransactionScoped(Supplier<T> initial, Consumer<T> beforeCommit) {
        this.initial = initial;
        this.beforeCommit = beforeCommit;
    }

    /** The current transaction's value, created on first use; empty outside a transaction or once it commits. */
    public Optional<T> get() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return Optional.empty();
        }
        Holder holder = holder();
        if (holder == null) {
            holder = new Holder(initial.get());
            TransactionSynchronizationManager.registerSynchronization(holder);
        }
        return holder.committing ? Optional.empty() : Optional.of(holder.value);
    }

    /** The current transaction's value if it has one already. */
    public Optional<T> existing() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return Optional.empty();
        }
        Holder holder = holder();
        return holder == null ? Optional.empty() : Optional.of(holder.value);
    }

    private Holder holder() {
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof TransactionScoped<?>.Holder holder && holder.owner() == this) {
                @SuppressWarnings("unchecked")
                Holder own = (Holder) holder;
                return own;
            }
        }
        return null;
    }

    private final class Holder implements TransactionSynchronization {

        private final T value;
        private boolean committing;

        private Holder(T value) {
            this.value = value;
        }

        TransactionScoped<T> owner() {
            return TransactionScoped.this;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            committing = true;
            beforeCommit.accept(value);
        }
    }
}

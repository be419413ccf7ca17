package vn.trienkhai.reliability;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Every wait of the suite has a limit: past it, or when a node it waits on has died, the scenario fails. */
final class Bound {

    private static final Duration POLL = Duration.ofMillis(250);

    private Bound() {
    }

    /** Waits until {@code condition} holds; answers the time it took. */
    static Duration await(String what, Duration limit, BooleanSupplier condition, Node... watched) throws Exception {
        Instant started = Instant.now();
        Instant deadline = started.plus(limit);
        while (!condition.getAsBoolean()) {
            for (Node node : watched) {
                if (!node.isAlive()) {
                    throw new ScenarioFailure("Not reached: " + what + " (" + node.name() + " ended)\n" + node.tail());
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new ScenarioFailure("Not reached within " + limit.toSeconds() + " s: " + what);
            }
            Thread.sleep(POLL.toMillis());
        }
        return Duration.between(started, Instant.now());
    }

    /** A scenario that lost or repeated work, or did not finish in time. */
    static final class ScenarioFailure extends Exception {

        ScenarioFailure(String message) {
            super(message);
        }
    }
}

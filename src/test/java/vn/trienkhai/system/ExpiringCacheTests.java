package vn.trienkhai.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ExpiringCacheTests {

    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger loads = new AtomicInteger();

    @Test
    void anAnswerIsKeptForItsTimeToLiveThenLoadedAgain() {
        ExpiringCache<String, String> cache = new ExpiringCache<>(Duration.ofSeconds(60), 10, now::get);

        assertThat(cache.get("a", this::load)).isEqualTo("A1");
        now.addAndGet(Duration.ofSeconds(59).toNanos());
        assertThat(cache.get("a", this::load)).isEqualTo("A1");
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(cache.get("a", this::load)).isEqualTo("A2");
    }

    @Test
    void nullIsNotKeptAndAZeroTimeToLiveKeepsNothing() {
        ExpiringCache<String, String> cache = new ExpiringCache<>(Duration.ofSeconds(60), 10, now::get);
        cache.get("missing", key -> null);
        assertThat(cache.get("missing", this::load)).isEqualTo("MISSING1");

        ExpiringCache<String, String> off = new ExpiringCache<>(Duration.ZERO, 10, now::get);
        off.get("a", this::load);
        assertThat(off.get("a", this::load)).isEqualTo("A3");
    }

    @Test
    void itNeverHoldsMoreThanItsBound() {
        ExpiringCache<String, String> cache = new ExpiringCache<>(Duration.ofSeconds(60), 2, now::get);
        cache.get("a", this::load);
        cache.get("b", this::load);
        cache.get("c", this::load);

        assertThat(cache.get("a", this::load)).as("dropped when the bound was reached").isEqualTo("A4");
    }

    private String load(String key) {
        return key.toUpperCase(java.util.Locale.ROOT) + loads.incrementAndGet();
    }
}

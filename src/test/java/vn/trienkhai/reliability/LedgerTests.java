package vn.trienkhai.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LedgerTests {

    @Test
    void everyCopyOwedAndReceivedOnceIsNeitherLostNorDuplicated() {
        assertThat(Ledger.compare(Map.of("a", 2, "b", 1), Map.of("a", 2, "b", 1, "other", 3)))
                .isEqualTo(new Ledger.Notices(3, 0, 0));
    }

    @Test
    void aMissingCopyIsLostAndAnExtraOneDuplicated() {
        assertThat(Ledger.compare(Map.of("a", 2, "b", 1, "c", 1), Map.of("a", 1, "b", 3)))
                .isEqualTo(new Ledger.Notices(4, 2, 2));
    }
}

package vn.trienkhai.drafting;

import java.util.Optional;
import vn.trienkhai.deadline.DeadlineSpec;

/**
 * A deadline typed by a person the way plans write them ("30/11/2026", "trước ngày 30/11/2026",
 * "tháng 11/2026", "quý IV/2026", "6 tháng cuối năm 2026", "10 ngày làm việc", "thường xuyên"):
 * the same phrases the extraction reads in a plan's text, but the whole text must be the deadline.
 */
public final class DeadlineWording {

    private DeadlineWording() {
    }

    /**
     * The deadline the text says, or empty when it is not (only) a deadline.
     *
     * @param contextYear the year of a phrase that gives none ("tháng 11")
     */
    public static Optional<DeadlineSpec> read(String text, int contextYear) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String typed = Folding.nfc(text).strip().replaceAll("[.;]+$", "").strip();
        DeadlinePhrases phrases = new DeadlinePhrases(contextYear);
        return whole(phrases, typed).or(() -> whole(phrases, "trước " + typed))
                .map(DeadlinePhrases.Found::spec);
    }

    /** A bare date ("30/11/2026") is a deadline only after a word such as "trước": the second try adds it. */
    private static Optional<DeadlinePhrases.Found> whole(DeadlinePhrases phrases, String text) {
        return phrases.find(text).stream().filter(found -> found.start() == 0 && found.end() == text.length())
                .findFirst();
    }
}

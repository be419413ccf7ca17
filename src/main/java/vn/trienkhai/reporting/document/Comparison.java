package vn.trienkhai.reporting.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A total compared with an earlier one: the earlier value, the difference and the change in percent (absent when
 * the earlier value is zero).
 */
public record Comparison(BigDecimal earlier, BigDecimal difference, Optional<BigDecimal> percentage) {

    public static Comparison of(BigDecimal current, BigDecimal earlier) {
        BigDecimal difference = current.subtract(earlier);
        Optional<BigDecimal> percentage = earlier.signum() == 0 ? Optional.empty()
                : Optional.of(difference.multiply(BigDecimal.valueOf(100)).divide(earlier.abs(), 1, RoundingMode.HALF_UP));
        return new Comparison(earlier, difference, percentage);
    }
}

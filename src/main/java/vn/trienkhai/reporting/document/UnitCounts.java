package vn.trienkhai.reporting.document;

/**
 * How many units a report covers and how they reported, counted without reading their lines.
 *
 * @param limitations how many units wrote a hạn chế
 * @param causes      how many units wrote a nguyên nhân
 * @param proposals   how many units wrote a kiến nghị
 * @param texts       how many units wrote anything (the appendix's second part)
 */
public record UnitCounts(long total, long onTime, long late, long missing, long limitations, long causes,
                         long proposals, long texts) {

    /** Nobody wrote causes. */
    public UnitCounts(long total, long onTime, long late, long missing, long limitations, long proposals, long texts) {
        this(total, onTime, late, missing, limitations, 0, proposals, texts);
    }

    public long reported() {
        return total - missing;
    }
}

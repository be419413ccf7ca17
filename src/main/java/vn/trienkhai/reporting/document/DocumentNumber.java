package vn.trienkhai.reporting.document;

/**
 * Number and symbol of the document: "Số:      /BC-UBND" (state) or "Số      -BC/TU" (Party) when the number is
 * left for the clerk, "Số: 12/BC-UBND" or "Số 12-BC/TU" once given.
 *
 * @param number the number, or {@code null} to leave it blank
 * @param symbol the symbol with its separator, e.g. "/BC-UBND" or "-BC/TU"
 */
public record DocumentNumber(Integer number, String symbol) {

    public static DocumentNumber blank(String symbol) {
        return new DocumentNumber(null, symbol);
    }
}

package vn.trienkhai.reporting.document;

/**
 * Place and date of the document, "Ái Quốc, ngày    tháng    năm 2026": the day and month may be left blank for
 * the clerk who dates the signed copy.
 *
 * @param place the place name
 * @param day   the day of month, or {@code null} for blank
 * @param month the month, or {@code null} for blank
 * @param year  the year
 */
public record DocumentDate(String place, Integer day, Integer month, int year) {
}

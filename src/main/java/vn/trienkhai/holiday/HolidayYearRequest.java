package vn.trienkhai.holiday;

import java.util.List;

/**
 * The body of {@code PUT /api/holidays/{year}}: every day of the year that differs from the usual
 * week. Dates and kinds arrive as text so that each refusal can name its field in Vietnamese.
 */
record HolidayYearRequest(List<Day> days) {

    record Day(String date, String name, String kind, String source) {
    }
}

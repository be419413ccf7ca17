package vn.trienkhai.tasklist;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * What a task is about: the unit's name, the plan's label (its number, or its short summary while
 * the number is left blank), the reporting period, and the plan's summary for the description.
 * Any part may be missing.
 */
record TaskSubject(String unitName, String planLabel, String periodLabel, String planSummary) {

    static final String SEPARATOR = " – ";
    static final int MAX_NAME = 255;
    static final int MAX_DESCRIPTION = 4000;

    /** "Thẩm định kế hoạch của đơn vị – Tổ dân phố số 1 – KH 08-CT/TU". */
    String name(String baseName) {
        List<String> parts = new ArrayList<>();
        add(parts, baseName);
        add(parts, periodLabel);
        add(parts, unitName);
        add(parts, planLabel);
        return cut(String.join(SEPARATOR, parts), MAX_NAME);
    }

    /** The plan's summary and the deadline in words. */
    String description(Instant dueAt, ZoneId zone) {
        StringBuilder text = new StringBuilder();
        if (planSummary != null && !planSummary.isBlank()) {
            text.append("Kế hoạch: ").append(planSummary.strip());
            text.append(planSummary.strip().endsWith(".") ? "\n" : ".\n");
        }
        text.append(dueAt == null ? "Không có hạn cố định: thực hiện thường xuyên."
                : "Hạn hoàn thành: " + TaskWords.day(dueAt, zone) + ".");
        return cut(text.toString(), MAX_DESCRIPTION);
    }

    boolean isEmpty() {
        return blank(unitName) && blank(planLabel) && blank(periodLabel);
    }

    private static void add(List<String> parts, String part) {
        if (!blank(part) && !parts.contains(part.strip())) {
            parts.add(part.strip());
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}

package vn.trienkhai.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The public holidays the law fixes for every year (Bộ luật Lao động 2019, điều 112), for a year
 * whose official notice is not entered: 01/01, Tết (the day before mùng 1 to mùng 4, from the
 * lunar calendar), Giỗ Tổ (10/3 âm lịch), 30/4, 01/5, 02/9 and the day after it; a holiday on a
 * Saturday or Sunday gives the next working day off (điều 111 khoản 3). Tết's layout and the
 * National Day's adjacent day are decided by the Prime Minister each year: the result is
 * provisional, and no swapped working days are guessed.
 */
public final class StatutoryHolidays {

    private static final String LAW = "Bộ luật Lao động 2019, điều 112 khoản 1 điểm ";
    private static final String PROVISIONAL = "; dự kiến, tính theo luật và âm lịch, chờ thông báo hằng năm";
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");

    private StatutoryHolidays() {
    }

    public static List<Holiday> of(int year) {
        Map<LocalDate, Holiday> days = new TreeMap<>();
        add(days, LocalDate.of(year, 1, 1), "Tết Dương lịch", LAW + "a");
        LocalDate tet = LunarCalendar.tet(year);
        add(days, tet.minusDays(1), "Tết Nguyên đán (ngày cuối năm âm lịch, dự kiến)", LAW + "b");
        for (int day = 1; day <= 4; day++) {
            add(days, tet.plusDays(day - 1), "Tết Nguyên đán (mùng " + day + ", dự kiến)", LAW + "b");
        }
        add(days, LunarCalendar.toSolar(10, 3, year), "Giỗ Tổ Hùng Vương (10/3 âm lịch, dự kiến)", LAW + "e");
        add(days, LocalDate.of(year, 4, 30), "Ngày Chiến thắng", LAW + "c");
        add(days, LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động", LAW + "d");
        add(days, LocalDate.of(year, 9, 2), "Quốc khánh", LAW + "đ");
        add(days, LocalDate.of(year, 9, 3), "Quốc khánh (ngày liền kề, dự kiến)", LAW + "đ, khoản 3");
        List<Holiday> all = new ArrayList<>(days.values());
        compensate(days, all);
        return all;
    }

    private static void add(Map<LocalDate, Holiday> days, LocalDate date, String name, String source) {
        days.putIfAbsent(date, new Holiday(date, name, Holiday.Kind.DAY_OFF, source + PROVISIONAL));
    }

    /** Each holiday on a weekend moves to the first weekday after it that is not a holiday already. */
    private static void compensate(Map<LocalDate, Holiday> days, List<Holiday> all) {
        for (Holiday holiday : List.copyOf(days.values())) {
            if (!isWeekend(holiday.date())) {
                continue;
            }
            LocalDate day = holiday.date().plusDays(1);
            while (isWeekend(day) || days.containsKey(day)) {
                day = day.plusDays(1);
            }
            Holiday off = new Holiday(day, "Nghỉ bù " + holiday.name() + " (" + DAY_MONTH.format(holiday.date())
                    + " trùng ngày nghỉ hằng tuần)", Holiday.Kind.DAY_OFF, holiday.source() + " và điều 111 khoản 3");
            days.put(day, off);
            all.add(off);
        }
        all.sort((a, b) -> a.date().compareTo(b.date()));
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}

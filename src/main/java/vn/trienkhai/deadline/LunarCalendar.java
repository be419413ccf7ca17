package vn.trienkhai.deadline;

import java.time.LocalDate;

/**
 * Vietnamese lunar dates (âm lịch, on the meridian of UTC+7) turned into solar dates, with the
 * astronomical new moons and solar terms of Meeus' algorithms as popularised by Hồ Ngọc Đức for
 * the Vietnamese calendar. Good to a day for the years this application plans in; the official
 * notice of each year stays the reference (see {@link StatutoryHolidays}).
 */
public final class LunarCalendar {

    private static final double TIME_ZONE = 7.0;
    private static final long JULIAN_DAY_OF_EPOCH = 2_440_588L;
    private static final double SYNODIC_MONTH = 29.530588853;
    private static final double NEW_MOON_EPOCH = 2415021.076998695;

    private LunarCalendar() {
    }

    /** Mùng 1 Tết: the first day of the first lunar month of {@code lunarYear}. */
    public static LocalDate tet(int lunarYear) {
        return toSolar(1, 1, lunarYear);
    }

    /** A day of a (non-leap) lunar month of {@code lunarYear}. */
    public static LocalDate toSolar(int lunarDay, int lunarMonth, int lunarYear) {
        long a11 = lunarMonth < 11 ? month11(lunarYear - 1) : month11(lunarYear);
        long b11 = lunarMonth < 11 ? month11(lunarYear) : month11(lunarYear + 1);
        long k = (long) Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
        int offset = lunarMonth - 11;
        if (offset < 0) {
            offset += 12;
        }
        if (b11 - a11 > 365 && offset >= leapMonthOffset(a11)) {
            offset++;
        }
        return fromJulianDay(newMoonDay(k + offset) + lunarDay - 1);
    }

    /** The day the 11th lunar month (the one holding the winter solstice) of a year begins. */
    private static long month11(int year) {
        long offset = toJulianDay(LocalDate.of(year, 12, 31)) - 2415021;
        long k = (long) Math.floor(offset / SYNODIC_MONTH);
        long newMoon = newMoonDay(k);
        return sunLongitudeSector(newMoon) >= 9 ? newMoonDay(k - 1) : newMoon;
    }

    /** In a leap year, the month after which the leap month falls: the first with no major solar term. */
    private static int leapMonthOffset(long a11) {
        long k = (long) Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
        int i = 1;
        int arc = sunLongitudeSector(newMoonDay(k + i));
        int last;
        do {
            last = arc;
            i++;
            arc = sunLongitudeSector(newMoonDay(k + i));
        } while (arc != last && i < 14);
        return i - 1;
    }

    private static long newMoonDay(long k) {
        return (long) Math.floor(newMoon(k) + 0.5 + TIME_ZONE / 24);
    }

    /** The sun's longitude at local midnight starting the day, as one of twelve 30° sectors. */
    private static int sunLongitudeSector(long julianDay) {
        return (int) Math.floor(sunLongitude(julianDay - 0.5 - TIME_ZONE / 24) / Math.PI * 6);
    }

    /** Julian day (UT) of the k-th new moon after 1900-01-01. */
    private static double newMoon(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double dr = Math.PI / 180;
        double jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
                + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
        double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m)
                - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr)
                - 0.0004 * Math.sin(dr * 3 * mpr)
                + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr))
                - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m))
                - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr))
                + 0.0010 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
        double deltaT = t < -11
                ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return jd + c1 - deltaT;
    }

    /** The sun's apparent longitude in radians, 0 to 2π, at a Julian day. */
    private static double sunLongitude(double julianDay) {
        double t = (julianDay - 2451545.0) / 36525;
        double t2 = t * t;
        double dr = Math.PI / 180;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m)
                + (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
        double l = (l0 + dl) * dr;
        return l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
    }

    private static long toJulianDay(LocalDate date) {
        return date.toEpochDay() + JULIAN_DAY_OF_EPOCH;
    }

    private static LocalDate fromJulianDay(long julianDay) {
        return LocalDate.ofEpochDay(julianDay - JULIAN_DAY_OF_EPOCH);
    }
}

package vn.trienkhai.reporting.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import vn.trienkhai.deadline.VietnameseDates;

/** Numbers, percentages and dates the Vietnamese way: 1.234.567; 12,5%; 03/10/2026. */
final class VietnameseFormat {

    private static final DateTimeFormatter DATE = VietnameseDates.DAY;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private VietnameseFormat() {
    }

    static String number(BigDecimal value) {
        return format(value, "#,##0.##");
    }

    /** A difference, with its sign: "+12", "-1.500", "0". */
    static String signedNumber(BigDecimal value) {
        return (value.signum() > 0 ? "+" : "") + number(value);
    }

    /** A percentage with one decimal: "12,5%". */
    static String percent(BigDecimal value) {
        return format(value.setScale(1, RoundingMode.HALF_UP), "#,##0.0") + "%";
    }

    static String signedPercent(BigDecimal value) {
        return (value.signum() > 0 ? "+" : "") + percent(value);
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    static String dateTime(LocalDateTime dateTime) {
        return DATE_TIME.format(dateTime);
    }

    /** Day in a document date: days below 10 take a leading zero (Nghị định 30/2020, Phụ lục I). */
    static String documentDay(int day) {
        return day < 10 ? "0" + day : Integer.toString(day);
    }

    /** Month in a document date: January and February take a leading zero. */
    static String documentMonth(int month) {
        return month < 3 ? "0" + month : Integer.toString(month);
    }

    /** A section number in Roman numerals, 1 to 39: "I", "IV", "VII". */
    static String roman(int number) {
        if (number < 1 || number > 39) {
            throw new IllegalArgumentException("No section number " + number);
        }
        String[] units = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
        return "X".repeat(number / 10) + units[number % 10];
    }

    private static String format(BigDecimal value, String pattern) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}

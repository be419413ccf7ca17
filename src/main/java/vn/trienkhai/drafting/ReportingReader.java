package vn.trienkhai.drafting;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.trienkhai.deadline.ReportingFrequency;

/**
 * The reporting calendar a plan sets in its sentences about reports: "định kỳ hằng tháng",
 * "hằng quý", "6 tháng một lần", "hằng năm", and the day reports are due ("trước ngày 18 hằng
 * tháng"), turned into working days after the cut-off of Nghị định 09/2019 (the 14th).
 */
final class ReportingReader {

    /** The calendar read, with the words it came from; {@code every} is null when the text gives none. */
    record Calendar(ReportingFrequency every, String everySource, Integer submitWorkingDays, String dueSource) {
    }

    private static final Pattern REPORT_SENTENCE = Pattern.compile("[^.;]*\\b(bao cao|so ket|tong ket)\\b[^.;]*");
    private record Frequency(ReportingFrequency every, Pattern words) {
    }

    private static final List<Frequency> FREQUENCIES = List.of(
            new Frequency(ReportingFrequency.MONTH, Pattern.compile("\\b(hang|moi|theo|dinh ky) thang\\b|\\bthang mot lan\\b")),
            new Frequency(ReportingFrequency.QUARTER, Pattern.compile("\\b(hang|moi|theo|dinh ky) quy\\b(?!\\s*dinh)|\\b(3|03|ba) thang( mot lan|/lan)")),
            new Frequency(ReportingFrequency.HALF, Pattern.compile("\\b(6|06|sau) thang( mot lan|/lan| mot ky)?\\b(?! (dau|cuoi) nam)|\\bnua nam\\b")),
            new Frequency(ReportingFrequency.YEAR, Pattern.compile("\\b(hang|moi|theo|dinh ky) nam\\b|\\bnam mot lan\\b")));
    private static final Pattern DUE = Pattern.compile("\\btruoc ngay (\\d{1,2})\\b(?!\\s*[/.-]\\s*\\d)(.{0,40})");
    private static final int CUT_OFF_DAY = 14;

    Calendar read(List<String> texts) {
        ReportingFrequency every = null;
        String everySource = null;
        Integer days = null;
        String dueSource = null;
        for (String text : texts) {
            String nfc = Folding.nfc(text);
            Matcher sentence = REPORT_SENTENCE.matcher(Folding.fold(nfc));
            while (sentence.find()) {
                String folded = sentence.group();
                for (Frequency frequency : FREQUENCIES) {
                    if (frequency.words().matcher(folded).find() && (every == null || shorter(frequency.every(), every))) {
                        every = frequency.every();
                        everySource = nfc.substring(sentence.start(), sentence.end()).strip();
                    }
                }
                Matcher due = DUE.matcher(folded);
                if (days == null && due.find()) {
                    days = workingDaysAfterCutOff(Integer.parseInt(due.group(1)), due.group(2));
                    dueSource = nfc.substring(sentence.start() + due.start(), sentence.start() + due.end()).strip();
                }
            }
        }
        return new Calendar(every, everySource, days, dueSource);
    }

    private static boolean shorter(ReportingFrequency candidate, ReportingFrequency current) {
        return candidate.ordinal() < current.ordinal();
    }

    /** The due day as working days after the cut-off, roughly five in seven; the drafter checks it. */
    private static int workingDaysAfterCutOff(int day, String after) {
        int calendarDays = after.matches(".*\\b(thang sau|thang dau quy sau|ky sau)\\b.*") || day <= CUT_OFF_DAY
                ? 30 - CUT_OFF_DAY + day : day - CUT_OFF_DAY;
        return Math.max(1, Math.min(30, Math.round(calendarDays * 5f / 7f)));
    }
}

package vn.trienkhai.drafting;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.trienkhai.deadline.DeadlineSpec;

/**
 * The ways Vietnamese plans write a deadline, turned into a {@link DeadlineSpec} (which the plan
 * document writes through {@code DeadlineText}): "trước ngày 30/6/2027", "xong trước 15/3/2027",
 * "hoàn thành trong tháng 9/2023", "quý III/2023", "6 tháng đầu năm 2027", "trong năm 2027",
 * "10 ngày làm việc", "trong vòng 15 ngày", "thường xuyên". Matching runs on the folded text, so
 * accents and case do not matter.
 */
final class DeadlinePhrases {

    /** A deadline found in a text: where it is, and whether the text marks it as a deadline. */
    record Found(DeadlineSpec spec, int start, int end, String source, boolean marked, boolean yearAssumed) {
    }

    private record Form(Pattern pattern, Function<Matcher, Parsed> reader) {
    }

    private record Parsed(DeadlineSpec spec, boolean yearAssumed) {
    }

    private static final String LEAD =
            "(?:(?:phai |de |va )?(?:hoan thanh|xong|ket thuc|thuc hien|trien khai|to chuc)\\s+)?";
    private static final String DATE =
            "(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})(?:\\s*[/.-]\\s*(\\d{4}))?(?![\\d/])";
    private static final String WORDED_DATE = "(\\d{1,2})\\s+thang\\s+(\\d{1,2})(?:\\s+nam\\s+(\\d{4}))?";
    private static final String YEAR_TAIL = "(?:\\s*(?:/|-|nam)\\s*(\\d{4}))?";
    private static final Map<String, Integer> ROMAN = Map.of("i", 1, "ii", 2, "iii", 3, "iv", 4,
            "1", 1, "2", 2, "3", 3, "4", 4);
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("mot", 1),
            Map.entry("hai", 2), Map.entry("ba", 3), Map.entry("bon", 4), Map.entry("nam", 5),
            Map.entry("sau", 6), Map.entry("bay", 7), Map.entry("tam", 8), Map.entry("chin", 9),
            Map.entry("muoi", 10), Map.entry("muoi lam", 15), Map.entry("hai muoi", 20),
            Map.entry("ba muoi", 30));
    private static final String COUNT = "(\\d{1,4}|muoi lam|hai muoi|ba muoi|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi)";
    private static final String BY = "(?:truoc|cham nhat(?: la)?(?: vao)?|khong muon hon|den het|han(?: chot| cuoi)?\\s*:?|"
            + "trong|vao|den)";

    private final List<Form> forms = List.of(
            new Form(Pattern.compile(LEAD + BY + "\\s+(?:ngay\\s+)?(?:" + DATE + "|" + WORDED_DATE + ")"),
                    this::date),
            new Form(Pattern.compile(LEAD + "(?:trong\\s+|vao\\s+|truoc\\s+|cuoi\\s+)?thang\\s+(\\d{1,2})"
                    + "(?:\\s*(?:/|-|nam)\\s*(\\d{4}))?(?![\\d/])"), this::month),
            new Form(Pattern.compile(LEAD + "(?:trong\\s+|vao\\s+|truoc\\s+|cuoi\\s+)?quy\\s+(iv|i{1,3}|[1-4])\\b"
                    + YEAR_TAIL), this::quarter),
            new Form(Pattern.compile(LEAD + "(?:trong\\s+)?(?:6|06|sau) thang (dau|cuoi) nam" + YEAR_TAIL),
                    this::half),
            new Form(Pattern.compile(LEAD + "(?:trong|cuoi|truoc khi het|den het)\\s+nam\\s+(\\d{4})"), this::year),
            new Form(Pattern.compile(LEAD + "(?:trong(?: vong| thoi han| thoi gian)?\\s+|sau\\s+|chi\\s+)?"
                    + COUNT + "\\s+ngay\\s+lam\\s+viec"), m -> days(m, true)),
            new Form(Pattern.compile(LEAD + "(?:trong(?: vong| thoi han| thoi gian)?|sau|cham nhat(?: la)?)\\s+"
                    + COUNT + "\\s+(ngay|tuan)(?!\\s+lam)"), m -> days(m, false)),
            new Form(Pattern.compile(LEAD + "thuong xuyen(?:,? lien tuc)?|" + LEAD + "lien tuc(?: hang nam)?"),
                    m -> new Parsed(new DeadlineSpec.Continuous(), false)));

    private static final Pattern MARKER = Pattern.compile(
            "(hoan thanh|xong|truoc|cham nhat|thoi han|thoi gian(?: thuc hien| hoan thanh)?\\s*:|han chot|ket thuc)\\s*$");

    private final int contextYear;

    /** @param contextYear the year a phrase that gives none is read in (the plan's year) */
    DeadlinePhrases(int contextYear) {
        this.contextYear = contextYear;
    }

    /** Every deadline phrase of the text, left to right, overlaps resolved to the longest. */
    List<Found> find(String text) {
        String nfc = Folding.nfc(text);
        String folded = Folding.fold(nfc);
        List<Found> found = new ArrayList<>();
        for (Form form : forms) {
            Matcher matcher = form.pattern().matcher(folded);
            while (matcher.find()) {
                if (!startsWord(folded, matcher.start()) || partOfADate(folded, matcher.start())) {
                    continue;
                }
                Parsed parsed = readSafely(form, matcher);
                if (parsed != null) {
                    found.add(new Found(parsed.spec(), matcher.start(), matcher.end(),
                            nfc.substring(matcher.start(), matcher.end()),
                            isMarked(folded, matcher.start(), matcher.end()), parsed.yearAssumed()));
                }
            }
        }
        return withoutOverlaps(found);
    }

    /** The deadline of a phrase that is only a deadline ("quý III/2023"), if it reads as one. */
    Optional<Found> parse(String phrase) {
        return find(phrase).stream().findFirst();
    }

    /** "tháng 6 năm 2026" in "ngày 15 tháng 6 năm 2026" is the date of something, not a month deadline. */
    private static boolean partOfADate(String folded, int start) {
        return folded.substring(Math.max(0, start - 12), start).matches("(?s).*(\\d|ngay)\\s*$");
    }

    private static boolean startsWord(String folded, int start) {
        return start == 0 || !Character.isLetterOrDigit(folded.charAt(start - 1));
    }

    private static Parsed readSafely(Form form, Matcher matcher) {
        try {
            return form.reader().apply(matcher);
        } catch (DateTimeException | IllegalArgumentException exception) {
            return null;
        }
    }

    /**
     * A deadline word before it ("hoàn thành", "trước", "thời hạn:"), brackets around it, or the end
     * of its sentence after it: a date in the middle of a sentence is often not a deadline.
     */
    private static boolean isMarked(String folded, int start, int end) {
        String phrase = folded.substring(start, end);
        if (phrase.matches("(?s).*\\b(hoan thanh|xong|truoc|cham nhat|han|den het|ngay lam viec|trong vong|"
                + "thoi han|\\d+ (ngay|tuan))\\b.*")) {
            return true;
        }
        String before = folded.substring(Math.max(0, start - 40), start);
        int clause = Math.max(before.lastIndexOf(';'), before.lastIndexOf('.'));
        if (MARKER.matcher(before.substring(clause + 1)).find() || before.stripTrailing().endsWith("(")) {
            return true;
        }
        String after = folded.substring(end);
        return after.matches("(?s)^[\\s)\\]\"”*]*([.;:]|$).*") || after.matches("(?s)^\\s*\\).*");
    }

    private static List<Found> withoutOverlaps(List<Found> found) {
        found.sort(Comparator.comparingInt(Found::start).thenComparing(f -> -(f.end() - f.start())));
        List<Found> kept = new ArrayList<>();
        for (Found candidate : found) {
            if (kept.isEmpty() || candidate.start() >= kept.get(kept.size() - 1).end()) {
                kept.add(candidate);
            }
        }
        return kept;
    }

    private Parsed date(Matcher m) {
        boolean numeric = m.group(1) != null;
        int day = Integer.parseInt(numeric ? m.group(1) : m.group(4));
        int month = Integer.parseInt(numeric ? m.group(2) : m.group(5));
        String year = numeric ? m.group(3) : m.group(6);
        return new Parsed(new DeadlineSpec.OnDate(LocalDate.of(year(year), month, day)), year == null);
    }

    private Parsed month(Matcher m) {
        return new Parsed(new DeadlineSpec.EndOfMonth(YearMonth.of(year(m.group(2)), Integer.parseInt(m.group(1)))),
                m.group(2) == null);
    }

    private Parsed quarter(Matcher m) {
        return new Parsed(new DeadlineSpec.EndOfQuarter(year(m.group(2)), ROMAN.get(m.group(1))), m.group(2) == null);
    }

    private Parsed half(Matcher m) {
        int quarter = m.group(1).equals("dau") ? 2 : 4;
        return new Parsed(new DeadlineSpec.EndOfQuarter(year(m.group(2)), quarter), m.group(2) == null);
    }

    private Parsed year(Matcher m) {
        return new Parsed(new DeadlineSpec.EndOfMonth(YearMonth.of(Integer.parseInt(m.group(1)), 12)), false);
    }

    private static Parsed days(Matcher m, boolean working) {
        String count = m.group(1);
        int days = count.chars().allMatch(Character::isDigit) ? Integer.parseInt(count) : NUMBER_WORDS.get(count);
        if (!working && m.group(2).equals("tuan")) {
            days *= 7;
        }
        if (days < 1 || days > DeadlineSpec.MAX_DAYS) {
            return null;
        }
        return new Parsed(working ? new DeadlineSpec.WorkingDays(days) : new DeadlineSpec.CalendarDays(days), false);
    }

    private int year(String written) {
        return written == null ? contextYear : Integer.parseInt(written);
    }
}

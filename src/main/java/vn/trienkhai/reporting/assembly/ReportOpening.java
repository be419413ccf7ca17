package vn.trienkhai.reporting.assembly;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.trienkhai.organisation.OrganisationUnit;
import vn.trienkhai.plan.Directive;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.PlanLayout;

/**
 * The report's opening sentence, citing the plan and the directive it implements as a clerk writes them: "Thực hiện
 * Kế hoạch số 12/KH-UBND ngày 10/3/2026 của Ủy ban nhân dân phường Ái Quốc triển khai Chỉ thị số 08-CT/TU ngày
 * 04/3/2026 của Ban Thường vụ Thành ủy Hải Phòng về …, Ủy ban nhân dân phường báo cáo kết quả quý III/2026 như sau:".
 * Dates as Nghị định 30/2020/NĐ-CP writes them (a day below 10 and the months 1 and 2 with a leading zero). A plan
 * without a number (the digits left blank) is named by its summary instead; so is a plan without a directive.
 */
final class ReportOpening {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    /** "Ủy ban nhân dân phường Ái Quốc" reports as "Ủy ban nhân dân phường". */
    private static final Pattern PEOPLES_COMMITTEE = Pattern.compile(
            "^(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND) (phường|xã|thị trấn|đặc khu|thị xã|quận|huyện|thành phố|tỉnh)(?!\\p{L}).*");
    /** "Thành ủy Hải Phòng" reports, for the Party, as "Ban Thường vụ Thành ủy". */
    private static final Pattern PARTY_COMMITTEE = Pattern.compile(
            "^(Thành ủy|Tỉnh ủy|Huyện ủy|Quận ủy|Thị ủy|Đảng ủy)(?!\\p{L}).*");
    /** A summary starting with a document's name keeps its capital ("Chỉ thị số …"). */
    private static final Pattern KEEPS_CAPITAL = Pattern.compile(
            "^(Chỉ thị|Nghị quyết|Kết luận|Quyết định|Luật|Nghị định|Thông tư|Hướng dẫn|Chương trình|Đề án|Ban|Đảng|"
                    + "Ủy ban|Nhà nước|Chính phủ|Việt Nam)(?!\\p{L}).*|^\\p{Lu}{2,}.*");

    /** A summary naming what the plan does, which follows "Kế hoạch" without "về". */
    private static final Pattern ACTION = Pattern.compile(
            "^(về|triển khai|thực hiện|tổ chức|nghiên cứu|học tập|quán triệt|tuyên truyền|tăng cường|đẩy mạnh)(?!\\p{L}).*");

    private ReportOpening() {
    }

    static String of(Plan plan, String periodInText) {
        OrganisationUnit unit = plan.getIssuingUnit();
        return text(plan.getNumber(), plan.getIssuedOn(), unit == null ? "" : unit.getName(), plan.getSummary(),
                plan.getDirective(), plan.getLayout(), periodInText);
    }

    static String text(String planNumber, LocalDate planIssuedOn, String issuer, String planSummary,
                       Directive directive, PlanLayout layout, String periodInText) {
        StringBuilder text = new StringBuilder("Thực hiện Kế hoạch");
        boolean numbered = hasDigits(planNumber);
        if (numbered) {
            text.append(" số ").append(planNumber.strip());
        }
        if (planIssuedOn != null) {
            text.append(" ngày ").append(date(planIssuedOn));
        }
        String body = blank(issuer);
        if (!body.isEmpty()) {
            text.append(" của ").append(body);
        }
        String summary = planSubject(inSentence(planSummary));
        String cited = directive == null ? "" : directive(directive);
        String about = numbered || summary.isEmpty() ? (cited.isEmpty() ? summary : cited) : summary;
        if (!about.isEmpty()) {
            text.append(' ').append(about);
        }
        return text.append(", ").append(reporter(body, layout)).append(" báo cáo kết quả ")
                .append(blank(periodInText)).append(" như sau:").toString();
    }

    /** "triển khai Chỉ thị số 08-CT/TU ngày 04/3/2026 của Ban Thường vụ Thành ủy Hải Phòng về …". */
    static String directive(Directive directive) {
        String number = blank(directive.getNumber());
        if (number.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("triển khai ").append(ReportHeading.directiveKind(number))
                .append(" số ").append(number);
        if (directive.getIssuedOn() != null) {
            text.append(" ngày ").append(date(directive.getIssuedOn()));
        }
        if (!blank(directive.getIssuer()).isEmpty()) {
            text.append(" của ").append(blank(directive.getIssuer()));
        }
        String summary = inSentence(directive.getSummary());
        if (!summary.isEmpty()) {
            text.append(summary.startsWith("về ") ? " " : " về ").append(summary);
        }
        return text.toString();
    }

    /** A plan's summary after its name: "triển khai …" as it is, anything else "về …". */
    private static String planSubject(String summary) {
        return summary.isEmpty() || ACTION.matcher(summary).matches() ? summary : "về " + summary;
    }

    /** "Ủy ban nhân dân phường", "Ban Thường vụ Thành ủy", else the body's name. */
    static String reporter(String body, PlanLayout layout) {
        Matcher state = PEOPLES_COMMITTEE.matcher(body);
        if (state.matches()) {
            return "Ủy ban nhân dân " + state.group(1);
        }
        Matcher party = PARTY_COMMITTEE.matcher(body);
        if (layout == PlanLayout.PARTY && party.matches()) {
            return "Ban Thường vụ " + party.group(1);
        }
        return body.isEmpty() ? "Cơ quan chủ trì" : body;
    }

    /** "04/3/2026": the day below 10 and the months 1 and 2 with a leading zero, as in the document's date. */
    static String date(LocalDate date) {
        int day = date.getDayOfMonth();
        int month = date.getMonthValue();
        return (day < 10 ? "0" : "") + day + "/" + (month < 3 ? "0" : "") + month + "/" + date.getYear();
    }

    /** The text inside a sentence: first letter in lower case unless a name, trailing punctuation dropped. */
    private static String inSentence(String text) {
        String line = blank(text).replaceAll("\\s+", " ").replaceAll("[.;:,\\s]+$", "");
        if (line.isEmpty() || KEEPS_CAPITAL.matcher(line).matches()) {
            return line;
        }
        int first = line.codePointAt(0);
        return new String(Character.toChars(Character.toLowerCase(first)))
                + line.substring(Character.charCount(first));
    }

    private static boolean hasDigits(String number) {
        return number != null && number.chars().anyMatch(Character::isDigit);
    }

    private static String blank(String text) {
        return text == null ? "" : text.strip();
    }
}

package vn.trienkhai.drafting;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the heading of a plan (number, place and date, title, the documents it carries out, who
 * issues it) and its closing (recipients under "Nơi nhận", the signer block), in the layouts of
 * Nghị định 30/2020/NĐ-CP and of Hướng dẫn 36-HD/VPTW.
 */
final class HeaderReader {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern NUMBER = Pattern.compile("^S[ốo]\\s*:?\\s*([0-9]*\\s*[-/]\\s*KH[^\\s,]*)", FLAGS);
    private static final Pattern PLACE_DATE = Pattern.compile(
            "^([^,]{2,60}),\\s*ngày\\s*(\\d{0,2})\\s*tháng\\s*(\\d{0,2})\\s*năm\\s*(\\d{4})", FLAGS);
    private static final Pattern TITLE = Pattern.compile("^[*_\\s]*KẾ HOẠCH[*_\\s]*(.*)$");
    private static final String KINDS = "Chỉ thị|Nghị quyết|Kết luận|Quyết định|Kế hoạch|Chương trình hành động|"
            + "Chương trình|Hướng dẫn|Thông báo|Công văn|Nghị định|Thông tư|Luật|Chiến lược|Đề án";
    private static final Pattern CITED = Pattern.compile("(" + KINDS + ")\\s+(?:số\\s+)?(\\d+[-/][\\p{L}\\d/.-]*[\\p{L}\\d])"
            + "(?:\\s*,?\\s*ngày\\s+(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4}))?"
            + "(?:\\s*,?\\s*ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4}))?"
            + "(?:\\s+của\\s+([^,;(]+?))?(?=\\s+về\\s|\\s*[,;(.]|\\s*$)(?:\\s+về\\s+([^;(]+?))?(?=\\s*\\(|\\s*;|,\\s*(?:"
            + KINDS + "|Căn cứ)|\\s*$)", FLAGS);
    private static final Pattern ISSUES = Pattern.compile("(?:^|[,;]\\s*)([^,;]{3,120}?)\\s+(?:xây dựng|ban hành)\\s+(?:"
            + "Kế hoạch|kế hoạch)", FLAGS);
    private static final Pattern AUTHORITY = Pattern.compile("^(KT\\.|K/T|TM\\.|T/M|Q\\.|TL\\.|TUQ\\.|T\\.M\\.)\\s*\\S.*");
    private static final Pattern BULLET_LINE = Pattern.compile("^[-–+•]\\s*(.+)$");

    HeaderReader() {
    }

    PlanHeader read(PlanOutline outline) {
        List<String> head = outline.head().stream().map(HeaderReader::plain).toList();
        String number = null;
        String place = null;
        LocalDate date = null;
        Integer year = null;
        int titleAt = -1;
        for (int i = 0; i < head.size(); i++) {
            Matcher numberLine = NUMBER.matcher(head.get(i));
            Matcher placeDate = PLACE_DATE.matcher(head.get(i));
            if (number == null && numberLine.find()) {
                number = numberLine.group(1).replaceAll("\\s+", "");
            } else if (place == null && placeDate.find()) {
                place = placeDate.group(1).strip();
                year = Integer.parseInt(placeDate.group(4));
                date = dateOf(placeDate.group(2), placeDate.group(3), placeDate.group(4));
            } else if (titleAt < 0 && TITLE.matcher(head.get(i)).matches()) {
                titleAt = i;
            }
        }
        String summary = summary(head, titleAt);
        List<String> preamble = head.subList(Math.min(head.size(), titleAt + (summaryInline(head, titleAt) ? 1 : 2)),
                head.size());
        List<PlanHeader.Cited> cited = cited(String.join(" ", preamble));
        if (cited.isEmpty() && summary != null) {
            cited = cited(summary);
        }
        String issuer = issuer(preamble);
        Signatures signatures = signatures(outline.closing());
        String layoutSource = layoutSource(head, number, signatures.signer());
        return new PlanHeader(cited.isEmpty() ? null : cited.get(0), cited.size() > 1 ? cited.subList(1, cited.size())
                : List.of(), number, place, date, year, summary, issuer, isParty(layoutSource), layoutSource,
                signatures.signer(), signatures.recipients());
    }

    private static String plain(String paragraph) {
        return paragraph.replaceAll("[*_]{1,3}", "").strip();
    }

    private static LocalDate dateOf(String day, String month, String year) {
        if (day.isEmpty() || month.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException exception) {
            return null;
        }
    }

    private static boolean summaryInline(List<String> head, int titleAt) {
        if (titleAt < 0) {
            return true;
        }
        Matcher title = TITLE.matcher(head.get(titleAt));
        return title.matches() && !title.group(1).isBlank();
    }

    private static String summary(List<String> head, int titleAt) {
        if (titleAt < 0) {
            return null;
        }
        Matcher title = TITLE.matcher(head.get(titleAt));
        if (title.matches() && !title.group(1).isBlank()) {
            return title.group(1).strip();
        }
        return titleAt + 1 < head.size() ? head.get(titleAt + 1).replaceFirst("^V/v\\s*:?\\s*", "") : null;
    }

    static List<PlanHeader.Cited> cited(String text) {
        List<PlanHeader.Cited> found = new ArrayList<>();
        Matcher matcher = CITED.matcher(text);
        while (matcher.find()) {
            LocalDate date = matcher.group(3) != null ? dateOf(matcher.group(3), matcher.group(4), matcher.group(5))
                    : matcher.group(6) != null ? dateOf(matcher.group(6), matcher.group(7), matcher.group(8)) : null;
            String summary = matcher.group(10) == null ? null
                    : matcher.group(10).strip().replaceAll("^[“\"]|[”\"]$", "");
            if (found.stream().noneMatch(cited -> cited.number().equals(matcher.group(2)))) {
                found.add(new PlanHeader.Cited(matcher.group(1), matcher.group(2), date,
                        matcher.group(9) == null ? null : matcher.group(9).strip(), summary, matcher.group()));
            }
        }
        return found;
    }

    private static String issuer(List<String> preamble) {
        for (String paragraph : preamble) {
            Matcher issues = ISSUES.matcher(paragraph);
            if (issues.find()) {
                return issues.group(1).strip();
            }
        }
        return null;
    }

    private record Signatures(PlanHeader.Signature signer, List<String> recipients) {
    }

    private static Signatures signatures(List<String> closing) {
        List<String> recipients = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        boolean inRecipients = false;
        for (String raw : closing) {
            String line = plain(raw);
            Matcher bullet = BULLET_LINE.matcher(line);
            if (line.matches("(?i)^n[ơo]i nh[ậa]n\\s*:?.*")) {
                inRecipients = true;
                String inline = line.replaceFirst("(?i)^n[ơo]i nh[ậa]n\\s*:?\\s*", "");
                if (!inline.isEmpty()) {
                    recipients.add(inline.replaceFirst("^[-–+•]\\s*", ""));
                }
            } else if (inRecipients && bullet.matches()) {
                recipients.add(bullet.group(1).strip());
            } else {
                inRecipients = false;
                rest.add(line);
            }
        }
        return new Signatures(signer(rest), recipients);
    }

    private static PlanHeader.Signature signer(List<String> lines) {
        String authority = null;
        String title = null;
        for (String line : lines) {
            if (line.isBlank() || line.matches("(?i)^\\(?(đã ký|ký|ký tên|ký, đóng dấu|ký và đóng dấu).*")) {
                continue;
            }
            boolean upper = line.equals(line.toUpperCase()) && line.chars().anyMatch(Character::isLetter);
            if (AUTHORITY.matcher(line).matches() && authority == null) {
                authority = line;
            } else if (upper && title == null) {
                title = line;
            } else if (!upper && title != null && line.split("\\s+").length <= 6) {
                String source = String.join(" / ", authority == null ? List.of(title, line) : List.of(authority, title, line));
                return new PlanHeader.Signature(authority, title, line, source);
            }
        }
        return null;
    }

    private static String layoutSource(List<String> head, String number, PlanHeader.Signature signer) {
        for (String line : head) {
            if (line.matches("(?i).*(ĐẢNG CỘNG SẢN VIỆT NAM|CỘNG HÒA XÃ HỘI CHỦ NGHĨA|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA).*")) {
                return line;
            }
        }
        if (number != null) {
            return "Số: " + number;
        }
        return signer == null ? null : signer.authority() != null ? signer.authority() : signer.title();
    }

    private static boolean isParty(String layoutSource) {
        if (layoutSource == null) {
            return false;
        }
        String folded = Folding.fold(layoutSource);
        return folded.contains("dang cong san") || folded.matches(".*\\d*-kh/.*")
                || folded.matches(".*\\b(ban thuong vu|dang uy|chi bo|ban chap hanh|thuong truc|bi thu)\\b.*");
    }
}

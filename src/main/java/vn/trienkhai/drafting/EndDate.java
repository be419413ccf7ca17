package vn.trienkhai.drafting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.trienkhai.deadline.DeadlineSpec;
import vn.trienkhai.system.EngineClock;

/**
 * The plan's horizon: the year a text gives ("giai đoạn 2026 - 2030", "đến năm 2030"), else the
 * end of the year after the plan's last dated deadline or its own year, so that at least one
 * year of reporting rounds follows.
 */
final class EndDate {

    /** The extraction is pure and has no configured zone; the documents are Vietnamese. */
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final Pattern HORIZON = Pattern.compile(
            "giai doan (?:\\d{4})\\s*[-–]\\s*(\\d{4})|den (?:het |cuoi )?nam (\\d{4})");

    private EndDate() {
    }

    static LocalDate guess(PlanOutline outline, PlanHeader header, List<DraftTask> tasks, Findings findings) {
        String all = Folding.fold(String.join("\n", outline.head()) + "\n" + outline.sections().stream()
                .map(section -> section.title() + " " + section.items().stream()
                        .map(item -> item.text() + " " + String.join(" ", item.body())).reduce("", String::concat))
                .reduce("", String::concat));
        Matcher horizon = HORIZON.matcher(all);
        if (horizon.find()) {
            int year = Integer.parseInt(horizon.group(1) != null ? horizon.group(1) : horizon.group(2));
            findings.add("plan.endDate", horizon.group(), "hết năm " + year);
            return LocalDate.of(year, 12, 31);
        }
        int year = header.year() != null ? header.year()
                : header.directive() != null && header.directive().date() != null ? header.directive().date().getYear()
                : EngineClock.today(VIETNAM).getYear();
        for (DraftTask task : tasks) {
            LocalDate last = task.deadline() == null ? null : lastDay(task.deadline().spec());
            if (last != null) {
                year = Math.max(year, last.getYear());
            }
        }
        findings.add("plan.endDate", "", "văn bản không nêu thời hạn kế hoạch; tạm lấy hết năm " + (year + 1) + ", cần kiểm tra");
        return LocalDate.of(year + 1, 12, 31);
    }

    static LocalDate lastDay(DeadlineSpec spec) {
        if (spec instanceof DeadlineSpec.OnDate date) {
            return date.date();
        }
        if (spec instanceof DeadlineSpec.EndOfMonth month) {
            return month.month().atEndOfMonth();
        }
        if (spec instanceof DeadlineSpec.EndOfQuarter quarter) {
            return LocalDate.of(quarter.year(), quarter.quarter() * 3, 1).plusMonths(1).minusDays(1);
        }
        return null;
    }
}

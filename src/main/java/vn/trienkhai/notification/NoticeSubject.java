package vn.trienkhai.notification;

import java.util.List;

/**
 * The subject of a notice mail: what, who, when, first. Only the task name (then the unit) is shortened, at a word
 * boundary, so the due day and the plan's reference are always whole.
 */
final class NoticeSubject {

    private static final int MAX = 150;

    private NoticeSubject() {
    }

    static String of(NoticeMail mail) {
        List<TaskNotice> tasks = mail.tasks();
        String tag = "[" + (mail.overdueCount() > 0 ? "Quá hạn" : "Nhắc việc") + "] ";
        if (tasks.size() == 1) {
            TaskNotice task = tasks.get(0);
            String tail = " – hạn " + task.dueDay() + " – " + line(task.planReference());
            String unit = shorten(line(task.unitName()), MAX / 3);
            int room = MAX - tag.length() - unit.length() - tail.length() - 3;
            return tag + unit + " – " + shorten(line(task.taskName()), Math.max(20, room)) + tail;
        }
        StringBuilder subject = new StringBuilder(tag);
        subject.append(count(mail.overdueCount(), "quá hạn"));
        if (mail.dueSoonCount() > 0) {
            subject.append(mail.overdueCount() > 0 ? ", " : "").append(count(mail.dueSoonCount(), "sắp đến hạn"));
        }
        common(tasks, TaskNotice::unitName).ifPresent(unit -> subject.append(" – ").append(shorten(line(unit), MAX / 3)));
        common(tasks, TaskNotice::planReference).ifPresent(plan -> subject.append(" – ").append(line(plan)));
        return subject.toString();
    }

    /** The text cut at the last word boundary that fits {@code max} characters, with "…"; never inside a word. */
    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        String kept = (cut > 0 ? text.substring(0, cut) : text.substring(0, max - 1)).replaceAll("[\\s,;:–-]+$", "");
        return kept + "…";
    }

    private static String count(long n, String what) {
        return n == 0 ? "" : n + " nhiệm vụ " + what;
    }

    private static java.util.Optional<String> common(List<TaskNotice> tasks,
                                                     java.util.function.Function<TaskNotice, String> field) {
        List<String> values = tasks.stream().map(field).distinct().toList();
        return values.size() == 1 && values.get(0) != null && !values.get(0).isBlank()
                ? java.util.Optional.of(values.get(0)) : java.util.Optional.empty();
    }

    private static String line(String value) {
        return MailRenderer.oneLine(value == null ? "" : value);
    }
}

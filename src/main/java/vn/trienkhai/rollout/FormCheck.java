package vn.trienkhai.rollout;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import vn.trienkhai.system.EngineClock;
import vn.trienkhai.system.FormRefusedException;

/**
 * Server-side checks of a submitted form: the same rules as the form itself, refused with a
 * Vietnamese message that names the field ({@link FormRefusedException}). Thrown from a complete listener, the refusal rolls the
 * completion back and the task stays open.
 */
public final class FormCheck {

    private final VariableScope variables;
    private final ZoneId zone;

    public FormCheck(VariableScope variables, ZoneId zone) {
        this.variables = variables;
        this.zone = zone;
    }

    public String text(String name, String label, int maxLength) {
        Object value = variables.getVariable(name);
        if (!(value instanceof String) || ((String) value).isBlank()) {
            throw refuse(label, "bắt buộc nhập");
        }
        String text = ((String) value).strip();
        // Characters as a reader counts them (code points), as reporting's FormRules does: not UTF-16 units.
        if (text.codePointCount(0, text.length()) > maxLength) {
            throw refuse(label, "không được dài quá " + maxLength + " ký tự");
        }
        return text;
    }

    public long number(String name, String label, long min, long max) {
        Object value = variables.getVariable(name);
        if (!(value instanceof Number)) {
            throw refuse(label, "bắt buộc nhập một số");
        }
        double number = ((Number) value).doubleValue();
        if (number != Math.rint(number)) {
            throw refuse(label, "phải là số nguyên");
        }
        if (number < min || number > max) {
            throw refuse(label, "phải từ " + min + " đến " + max);
        }
        return (long) number;
    }

    public LocalDate notInFuture(String name, String label) {
        LocalDate date = date(name, label);
        if (date.isAfter(EngineClock.today(zone))) {
            throw refuse(label, "không được là ngày trong tương lai");
        }
        return date;
    }

    public String choice(String name, String label, Set<String> allowed) {
        Object value = variables.getVariable(name);
        if (!allowed.contains(value)) {
            throw refuse(label, "hãy chọn một trong " + String.join(", ", allowed));
        }
        return (String) value;
    }

    private LocalDate date(String name, String label) {
        Object value = variables.getVariable(name);
        if (value instanceof Date) {
            return LocalDate.ofInstant(((Date) value).toInstant(), zone);
        }
        if (!(value instanceof String) || ((String) value).isBlank()) {
            throw refuse(label, "bắt buộc nhập ngày");
        }
        try {
            return LocalDate.parse(((String) value).strip().substring(0, Math.min(10, ((String) value).strip().length())));
        } catch (DateTimeParseException exception) {
            throw refuse(label, "không phải ngày hợp lệ (định dạng năm-tháng-ngày)");
        }
    }

    public static FormRefusedException refuse(String label, String problem) {
        return new FormRefusedException(label, "Trường «" + label + "»: " + problem);
    }
}

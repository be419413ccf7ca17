package vn.trienkhai.reporting;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.VariableScope;
import vn.trienkhai.system.FormRefusedException;

/**
 * Re-checks a completed form on the server. A broken rule throws {@link FormRefusedException}
 * naming the field in Vietnamese: the engine rolls back, the task stays open and
 * {@code /engine-rest} answers 400 (a BadUserRequestException would become a 500 there).
 */
final class FormRules {

    /** numeric(18, 2): sixteen digits before the decimal point. */
    static final BigDecimal MAX_FIGURE = new BigDecimal("9999999999999999.99");

    private FormRules() {
    }

    static String requiredText(VariableScope scope, String name, String label, int maxLength) {
        String value = optionalText(scope, name, label, maxLength);
        if (value == null) {
            throw refuse(name, "Chưa nhập \"" + label + "\"");
        }
        return value;
    }

    static String optionalText(VariableScope scope, String name, String label, int maxLength) {
        Object raw = scope.getVariable(name);
        if (raw != null && !(raw instanceof String)) {
            throw refuse(name, "\"" + label + "\" phải là văn bản");
        }
        String value = raw == null ? null : ((String) raw).strip();
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.codePointCount(0, value.length()) > maxLength) {
            throw refuse(name, "\"" + label + "\" dài quá " + maxLength + " ký tự");
        }
        return value;
    }

    /** A checkbox: ticked (true, or "true" as a form may send it) or not (absent, false). */
    static boolean tick(VariableScope scope, String name, String label) {
        Object raw = scope.getVariable(name);
        if (raw == null || Boolean.FALSE.equals(raw) || "false".equals(raw)) {
            return false;
        }
        if (Boolean.TRUE.equals(raw) || "true".equals(raw)) {
            return true;
        }
        throw refuse(name, "\"" + label + "\" phải là có hoặc không");
    }

    static String choice(VariableScope scope, String name, String label, String... allowed) {
        Object value = scope.getVariable(name);
        for (String option : allowed) {
            if (option.equals(value)) {
                return option;
            }
        }
        throw refuse(name, "Chưa chọn \"" + label + "\"");
    }

    /** A figure: present, a number, not negative, at most two decimals and within numeric(18, 2). */
    static BigDecimal figure(Object raw, String field, String label) {
        if (raw == null || (raw instanceof String text && text.isBlank())) {
            throw refuse(field, "Chưa nhập số liệu \"" + label + "\"");
        }
        BigDecimal value = toNumber(raw, field, label);
        if (value.signum() < 0) {
            throw refuse(field, "Số liệu \"" + label + "\" không được là số âm");
        }
        if (value.stripTrailingZeros().scale() > 2 || value.compareTo(MAX_FIGURE) > 0) {
            throw refuse(field, "Số liệu \"" + label + "\" không hợp lệ (tối đa 16 chữ số, 2 chữ số thập phân)");
        }
        return value.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    static FormRefusedException refuse(String field, String message) {
        return new FormRefusedException(field, message);
    }

    private static BigDecimal toNumber(Object raw, String field, String label) {
        try {
            if (raw instanceof BigDecimal decimal) {
                return decimal;
            }
            if (raw instanceof Number || raw instanceof String) {
                return new BigDecimal(raw.toString().strip());
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal below
        }
        throw refuse(field, "Số liệu \"" + label + "\" phải là một số");
    }
}

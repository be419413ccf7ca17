package vn.trienkhai.system;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Walks a submitted document and collects every problem with its field path instead of stopping
 * at the first, so the author can fix them all at once.
 */
public final class DocumentReader {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final List<FieldError> errors = new ArrayList<>();

    public void error(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public void throwIfInvalid() {
        if (hasErrors()) {
            throw new InvalidDocumentException(errors);
        }
    }

    public static String path(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    public static String path(String parent, int index) {
        return parent + "[" + index + "]";
    }

    public void rejectUnknownFields(JsonNode node, String path, Set<String> allowed) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                error(path(path, name), "trường không được hỗ trợ (các trường hợp lệ: " + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            }
        }
    }

    /** The object at {@code name}, or null (with an error if required). */
    public JsonNode object(JsonNode parent, String name, String parentPath, boolean required) {
        JsonNode node = parent.get(name);
        String path = path(parentPath, name);
        if (node == null || node.isNull()) {
            if (required) {
                error(path, "bắt buộc");
            }
            return null;
        }
        if (!node.isObject()) {
            error(path, "phải là một đối tượng");
            return null;
        }
        return node;
    }

    /** The array at {@code name}, or an empty list (with an error if required and missing or empty). */
    public List<JsonNode> array(JsonNode parent, String name, String parentPath, boolean required) {
        JsonNode node = parent.get(name);
        String path = path(parentPath, name);
        if (node == null || node.isNull() || (node.isArray() && node.isEmpty())) {
            if (required) {
                error(path, "bắt buộc, ít nhất một phần tử");
            }
            return List.of();
        }
        if (!node.isArray()) {
            error(path, "phải là một danh sách");
            return List.of();
        }
        List<JsonNode> items = new ArrayList<>();
        node.forEach(items::add);
        return items;
    }

    public String text(JsonNode parent, String name, String parentPath, boolean required, int maxLength) {
        JsonNode node = parent.get(name);
        String path = path(parentPath, name);
        if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
            if (required) {
                error(path, "bắt buộc");
            }
            return null;
        }
        if (!node.isValueNode()) {
            error(path, "phải là một chuỗi ký tự");
            return null;
        }
        String value = java.text.Normalizer.normalize(node.asText().strip(), java.text.Normalizer.Form.NFC);
        if (value.length() > maxLength) {
            error(path, "dài quá " + maxLength + " ký tự");
            return null;
        }
        return value;
    }

    public LocalDate date(JsonNode parent, String name, String parentPath, boolean required) {
        String value = text(parent, name, parentPath, required, 10);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException exception) {
            error(path(parentPath, name), "ngày không hợp lệ: " + value + " (định dạng YYYY-MM-DD)");
            return null;
        }
    }

    public String email(JsonNode parent, String name, String parentPath, boolean required) {
        String value = text(parent, name, parentPath, required, 254);
        if (value != null && !EMAIL.matcher(value).matches()) {
            error(path(parentPath, name), "địa chỉ email không hợp lệ: " + value);
            return null;
        }
        return value;
    }

    public Boolean bool(JsonNode parent, String name, String parentPath, boolean defaultValue) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return defaultValue;
        }
        if (!node.isBoolean()) {
            error(path(parentPath, name), "phải là true hoặc false");
            return defaultValue;
        }
        return node.booleanValue();
    }

    public Integer integer(JsonNode parent, String name, String parentPath, int defaultValue, int min, int max) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return defaultValue;
        }
        if (!node.canConvertToInt() || !node.isIntegralNumber() || node.intValue() < min || node.intValue() > max) {
            error(path(parentPath, name), "phải là số nguyên từ " + min + " đến " + max);
            return defaultValue;
        }
        return node.intValue();
    }
}

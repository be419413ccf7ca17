package vn.trienkhai.system;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Control characters have no place in a document's text and PostgreSQL refuses NUL outright:
 * every string and every field name is checked, and each offender is named by its path. Tab, line
 * feed and carriage return are text.
 */
final class ControlCharacters {

    private ControlCharacters() {
    }

    static void reject(JsonNode root) {
        List<FieldError> errors = new ArrayList<>();
        walk(root, "", errors);
        if (!errors.isEmpty()) {
            throw new InvalidDocumentException(errors);
        }
    }

    private static void walk(JsonNode node, String path, List<FieldError> errors) {
        if (node.isTextual()) {
            check(node.textValue(), path, errors);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), DocumentReader.path(path, i), errors);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String fieldPath = DocumentReader.path(path, field.getKey());
                check(field.getKey(), fieldPath, errors);
                walk(field.getValue(), fieldPath, errors);
            }
        }
    }

    private static void check(String text, String path, List<FieldError> errors) {
        text.codePoints().filter(ControlCharacters::isForbidden).findFirst().ifPresent(code -> errors.add(
                new FieldError(path.isEmpty() ? "(tài liệu)" : path, String.format("chứa ký tự điều khiển U+%04X;"
                        + " hãy xoá ký tự này khỏi nội dung", code))));
    }

    private static boolean isForbidden(int code) {
        return Character.getType(code) == Character.CONTROL && code != '\t' && code != '\n' && code != '\r';
    }
}

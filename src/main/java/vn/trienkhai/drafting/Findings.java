package vn.trienkhai.drafting;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What the extraction guessed, field by field, and the unit names it could not place. */
final class Findings {

    record Finding(String field, String source, String note) {
    }

    private final List<Finding> findings = new ArrayList<>();
    private final Set<String> unmatched = new LinkedHashSet<>();

    void add(String field, String source, String note) {
        findings.add(new Finding(field, source == null ? "" : source.strip(), note));
    }

    void unmatched(String field, String name, String note) {
        unmatched.add(name);
        add(field, name, "không khớp đơn vị nào, cần chọn đơn vị" + (note == null ? "" : " (" + note + ")"));
    }

    List<Finding> all() {
        return List.copyOf(findings);
    }

    List<String> unmatchedNames() {
        return List.copyOf(unmatched);
    }
}

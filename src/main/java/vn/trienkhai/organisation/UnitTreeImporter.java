package vn.trienkhai.organisation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.trienkhai.security.AccessProvisioning;
import vn.trienkhai.system.DocumentReader;

/**
 * Imports the organisation tree from a document ({@code units: [{code, name, kind, children: [...]}]}).
 * Units are matched by code: existing ones are updated, new ones created, none deleted. Each unit
 * gets its Camunda group. All or nothing: any error refuses the whole document.
 */
@Service
public class UnitTreeImporter {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,39}");
    private static final Set<String> UNIT_FIELDS = Set.of("code", "name", "kind", "email", "head", "children",
            "parent");
    private static final Set<String> HEAD_FIELDS = Set.of("name", "title", "email");

    private final UnitRepository units;
    private final AccessProvisioning access;

    UnitTreeImporter(UnitRepository units, AccessProvisioning access) {
        this.units = units;
        this.access = access;
    }

    @Transactional
    public List<OrganisationUnit> importTree(JsonNode document) {
        DocumentReader reader = new DocumentReader();
        reader.rejectUnknownFields(document, "", Set.of("units"));
        List<UnitRow> rows = new ArrayList<>();
        List<JsonNode> roots = reader.array(document, "units", "", true);
        for (int i = 0; i < roots.size(); i++) {
            readUnit(reader, roots.get(i), DocumentReader.path("units", i), null, rows);
        }
        reader.throwIfInvalid();
        return rows.stream().map(this::save).toList();
    }

    private void readUnit(DocumentReader reader, JsonNode node, String path, UnitRow parent,
                          List<UnitRow> rows) {
        if (!node.isObject()) {
            reader.error(path, "phải là một đối tượng");
            return;
        }
        reader.rejectUnknownFields(node, path, UNIT_FIELDS);
        String code = reader.text(node, "code", path, true, 40);
        if (code != null && !CODE.matcher(code).matches()) {
            reader.error(DocumentReader.path(path, "code"), "chỉ gồm chữ cái không dấu, chữ số và dấu '-', tối đa 40 ký tự");
        } else if (code != null && rows.stream().anyMatch(row -> row.code().equalsIgnoreCase(code))) {
            reader.error(DocumentReader.path(path, "code"), "mã đơn vị bị trùng: " + code);
        }
        UnitRow row = new UnitRow(code, reader.text(node, "name", path, true, 300), kind(reader, node, path),
                parentCode(reader, node, path, parent, rows), reader.email(node, "email", path, false),
                head(reader, node, path));
        rows.add(row);
        List<JsonNode> children = reader.array(node, "children", path, false);
        for (int i = 0; i < children.size(); i++) {
            readUnit(reader, children.get(i), DocumentReader.path(DocumentReader.path(path, "children"), i), row, rows);
        }
    }

    /**
     * A child's parent is the entry it is nested in. A top-level entry may name an existing parent
     * with {@code parent}; without it an existing unit keeps its place and a new one becomes a root.
     */
    private String parentCode(DocumentReader reader, JsonNode node, String path, UnitRow parent, List<UnitRow> rows) {
        String named = reader.text(node, "parent", path, false, 40);
        if (parent != null) {
            if (named != null) {
                reader.error(DocumentReader.path(path, "parent"), "chỉ dùng cho đơn vị ở cấp đầu của tài liệu");
            }
            return parent.code();
        }
        if (named != null && units.findByCode(named).isEmpty() && rows.stream().noneMatch(r -> named.equals(r.code()))) {
            reader.error(DocumentReader.path(path, "parent"), "không có đơn vị mã " + named);
            return null;
        }
        if (named == null && node.hasNonNull("code")) {
            return units.findByCode(node.get("code").asText().strip())
                    .map(existing -> existing.getParent() == null ? null : existing.getParent().getCode()).orElse(null);
        }
        return named;
    }

    private UnitKind kind(DocumentReader reader, JsonNode node, String path) {
        String kind = reader.text(node, "kind", path, true, 30);
        if (kind == null) {
            return null;
        }
        try {
            return UnitKind.valueOf(kind);
        } catch (IllegalArgumentException exception) {
            reader.error(DocumentReader.path(path, "kind"), "loại đơn vị không hợp lệ: " + kind);
            return null;
        }
    }

    private Head head(DocumentReader reader, JsonNode node, String path) {
        JsonNode head = reader.object(node, "head", path, false);
        if (head == null) {
            return new Head(null, null, null);
        }
        String headPath = DocumentReader.path(path, "head");
        reader.rejectUnknownFields(head, headPath, HEAD_FIELDS);
        return new Head(reader.text(head, "name", headPath, false, 200), reader.text(head, "title", headPath, false, 200),
                reader.email(head, "email", headPath, false));
    }

    private OrganisationUnit save(UnitRow row) {
        OrganisationUnit parent = row.parentCode() == null ? null : units.findByCode(row.parentCode()).orElseThrow();
        OrganisationUnit unit = units.findByCode(row.code())
                .orElseGet(() -> new OrganisationUnit(row.code(), row.name(), row.kind()));
        unit.update(row.name(), row.kind(), parent);
        unit.updateContacts(row.head().name(), row.head().title(), row.head().email(), row.email());
        OrganisationUnit saved = units.saveAndFlush(unit);
        access.ensureUnitGroup(saved.getCamundaGroupId(), saved.getName());
        return saved;
    }

    private record Head(String name, String title, String email) {
    }

    private record UnitRow(String code, String name, UnitKind kind, String parentCode, String email, Head head) {
    }
}

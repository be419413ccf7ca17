package vn.trienkhai.drafting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.trienkhai.organisation.UnitKind;

/** The organisation tree as the extraction reads it: a snapshot, looked up in memory. */
final class UnitDirectory {

    record Unit(String code, String name, UnitKind kind, String parentCode) {
    }

    private final Map<String, Unit> byCode = new LinkedHashMap<>();
    private final Map<String, List<Unit>> children = new LinkedHashMap<>();

    UnitDirectory(List<Unit> units) {
        units.forEach(unit -> byCode.put(unit.code(), unit));
        units.stream().filter(unit -> unit.parentCode() != null)
                .forEach(unit -> children.computeIfAbsent(unit.parentCode(), key -> new ArrayList<>()).add(unit));
    }

    List<Unit> all() {
        return List.copyOf(byCode.values());
    }

    Optional<Unit> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    List<Unit> children(String code) {
        return children.getOrDefault(code, List.of());
    }

    /** The unit's sub-units at every depth, parents before their children. */
    List<Unit> descendants(String code) {
        List<Unit> found = new ArrayList<>();
        for (Unit child : children(code)) {
            found.add(child);
            found.addAll(descendants(child.code()));
        }
        return found;
    }

    boolean isWithin(String code, String ancestor) {
        for (Unit unit = byCode.get(code); unit != null; unit = byCode.get(unit.parentCode())) {
            if (unit.code().equals(ancestor)) {
                return true;
            }
        }
        return false;
    }
}

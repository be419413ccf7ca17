package vn.trienkhai.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Units as other features name and address them, one query per call. Plain SQL, so it runs
 * unchanged inside the engine's transaction (task and execution listeners); callers keep their
 * own caches.
 */
@Component
public class UnitContacts {

    /** A unit's name, head and addresses, and the Camunda group of its officers. */
    public record Contact(long id, String code, String name, String headName, String headTitle, String headEmail,
                          String email, String groupId) {
    }

    private static final String COLUMNS = "select id, code, name, head_name, head_title, head_email, email, "
            + "camunda_group_id from org_unit ";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    UnitContacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    public Optional<Contact> byCode(String code) {
        return jdbc.query(COLUMNS + "where code = ?", UnitContacts::contact, code).stream().findFirst();
    }

    /** The units with these codes, by code; an unknown code is left out. */
    public Map<String, Contact> byCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        Map<String, Contact> units = new LinkedHashMap<>();
        named.query(COLUMNS + "where code in (:codes)", Map.of("codes", List.copyOf(codes)),
                (rs, row) -> contact(rs, row)).forEach(unit -> units.put(unit.code(), unit));
        return units;
    }

    /** The units with these ids, by id; an unknown id is left out. */
    public Map<Long, Contact> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Contact> units = new LinkedHashMap<>();
        named.query(COLUMNS + "where id in (:ids)", Map.of("ids", List.copyOf(ids)), (rs, row) -> contact(rs, row))
                .forEach(unit -> units.put(unit.id(), unit));
        return units;
    }

    private static Contact contact(ResultSet rs, int row) throws SQLException {
        return new Contact(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("head_name"),
                rs.getString("head_title"), rs.getString("head_email"), rs.getString("email"),
                rs.getString("camunda_group_id"));
    }
}

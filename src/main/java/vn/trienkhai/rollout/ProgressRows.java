package vn.trienkhai.rollout;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.trienkhai.organisation.OrganisationUnit;
import vn.trienkhai.organisation.UnitContacts;

/**
 * Set-wise writes of progress records, in the caller's transaction. One JDBC batch for a whole
 * rollout instead of a query and an insert per unit and stage: with identity keys Hibernate
 * cannot batch inserts, and each JPQL query would dirty-check every record loaded so far.
 */
@Repository
class ProgressRows {

    private static final String INSERT_ASSIGNED = "insert into unit_stage_progress"
            + " (rollout_id, unit_id, stage, due_at, status, attempts) values (?, ?, ?, ?, 'ASSIGNED', 0)"
            + " on conflict (rollout_id, unit_id, stage) do nothing";

    private static final String OPEN = "update unit_stage_progress set status = 'OPEN', due_at = ?, completed_at = null,"
            + " completed_by = null, on_time = null, attempts = attempts + 1"
            + " where rollout_id = ? and stage = ? and unit_id = ?";

    private final JdbcTemplate jdbc;
    private final UnitContacts units;

    ProgressRows(JdbcTemplate jdbc, UnitContacts units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    /** Every unit × stage ASSIGNED with the stage's due date; records that exist are left alone. */
    void insertAssigned(long rolloutId, List<OrganisationUnit> units, Map<Stage, Instant> dueByStage) {
        List<Object[]> rows = new ArrayList<>(units.size() * Stage.values().length);
        for (OrganisationUnit unit : units) {
            for (Stage stage : Stage.values()) {
                rows.add(new Object[] {unit.getId(), stage, dueByStage.get(stage)});
            }
        }
        jdbc.batchUpdate(INSERT_ASSIGNED, rows, rows.size(), (statement, row) -> bind(statement, rolloutId, row));
    }

    /**
     * Opens the records in place (as {@link UnitStageProgress#open}) in one batch, bypassing the
     * persistence context: a record changed through JPA earlier in the transaction must have been
     * flushed. Returns the openings that found no record (an unknown unit's among them), in their order.
     */
    List<ProgressOpening> open(List<ProgressOpening> openings) {
        Map<String, UnitContacts.Contact> byCode = units.byCodes(openings.stream().map(ProgressOpening::unitCode)
                .distinct().toList());
        List<ProgressOpening> known = openings.stream().filter(opening -> byCode.containsKey(opening.unitCode())).toList();
        if (known.isEmpty()) {
            return openings;
        }
        int[][] counts = jdbc.batchUpdate(OPEN, known, known.size(), (statement, opening) -> {
            statement.setObject(1, utc(opening.dueAt()), Types.TIMESTAMP_WITH_TIMEZONE);
            statement.setLong(2, opening.rolloutId());
            statement.setString(3, opening.stage().name());
            statement.setLong(4, byCode.get(opening.unitCode()).id());
        });
        Set<ProgressOpening> opened = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < known.size(); i++) {
            if (counts[0][i] != 0) {
                opened.add(known.get(i));
            }
        }
        return openings.stream().filter(opening -> !opened.contains(opening)).toList();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static void bind(PreparedStatement statement, long rolloutId, Object[] row) throws SQLException {
        statement.setLong(1, rolloutId);
        statement.setLong(2, (Long) row[0]);
        statement.setString(3, ((Stage) row[1]).name());
        statement.setObject(4, utc((Instant) row[2]), Types.TIMESTAMP_WITH_TIMEZONE);
    }
}

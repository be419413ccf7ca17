package vn.trienkhai.drafting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The plan_draft table. */
@Repository
class PlanDrafts {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final int LIST_LIMIT = 500;

    private final JdbcTemplate jdbc;

    PlanDrafts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long create(String draftingUnitCode, ObjectNode document, String by, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("insert into plan_draft (drafting_unit_code, state, document,"
                    + " created_by, created_at, updated_by, updated_at) values (?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            statement.setString(1, draftingUnitCode);
            statement.setString(2, DraftState.DRAFTING.name());
            statement.setString(3, write(document));
            statement.setString(4, by);
            statement.setTimestamp(5, Timestamp.from(at));
            statement.setString(6, by);
            statement.setTimestamp(7, Timestamp.from(at));
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }

    Optional<StoredDraft> find(long id) {
        return jdbc.query("select * from plan_draft where id = ?", PlanDrafts::row, id).stream().findFirst();
    }

    /** The drafts the units write or issue, latest change first. */
    List<StoredDraft> ofUnits(Collection<String> unitCodes) {
        String marks = String.join(", ", Collections.nCopies(unitCodes.size(), "?"));
        List<Object> arguments = new ArrayList<>(unitCodes);
        arguments.addAll(unitCodes);
        return jdbc.query("select * from plan_draft where drafting_unit_code in (" + marks + ") or issuing_unit_code in ("
                + marks + ") order by updated_at desc, id desc limit " + LIST_LIMIT, PlanDrafts::row, arguments.toArray());
    }

    /** A step of the process changed the draft: it counts as its last change. */
    void touch(long id, String by, Instant at) {
        jdbc.update("update plan_draft set updated_by = ?, updated_at = ? where id = ?", by, Timestamp.from(at), id);
    }

    void attach(long id, String processInstanceId) {
        jdbc.update("update plan_draft set process_instance_id = ? where id = ?", processInstanceId, id);
    }

    void saveDocument(long id, ObjectNode document, String by, Instant at) {
        jdbc.update("update plan_draft set document = ?, updated_by = ?, updated_at = ? where id = ?",
                write(document), by, Timestamp.from(at), id);
    }

    void submit(long id, String issuingUnitCode) {
        jdbc.update("update plan_draft set state = ?, issuing_unit_code = ?, return_reason = null, returned_from = null"
                + " where id = ?",
                DraftState.AWAITING_APPROVAL.name(), issuingUnitCode, id);
    }

    void returnToDrafter(long id, String reason, ReturnedFrom from) {
        jdbc.update("update plan_draft set state = ?, return_reason = ?, returned_from = ? where id = ?",
                DraftState.DRAFTING.name(), reason, from.name(), id);
    }

    void approve(long id) {
        jdbc.update("update plan_draft set state = ? where id = ?", DraftState.AWAITING_ISSUE.name(), id);
    }

    void issue(long id, ObjectNode document, long planId, String by, Instant at) {
        jdbc.update("update plan_draft set state = ?, document = ?, plan_id = ?, updated_by = ?, updated_at = ?"
                + " where id = ?", DraftState.ISSUED.name(), write(document), planId, by, Timestamp.from(at), id);
    }

    private static StoredDraft row(ResultSet rs, int index) throws SQLException {
        Long planId = rs.getObject("plan_id", Long.class);
        String returnedFrom = rs.getString("returned_from");
        return new StoredDraft(rs.getLong("id"), rs.getString("drafting_unit_code"), rs.getString("issuing_unit_code"),
                DraftState.valueOf(rs.getString("state")), read(rs.getString("document")), rs.getString("return_reason"),
                returnedFrom == null ? null : ReturnedFrom.valueOf(returnedFrom), planId,
                rs.getString("process_instance_id"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static String write(ObjectNode document) {
        try {
            return JSON.writeValueAsString(document);
        } catch (JsonProcessingException wrong) {
            throw new IllegalStateException("Cannot serialise a draft", wrong);
        }
    }

    private static ObjectNode read(String text) {
        try {
            return (ObjectNode) JSON.readTree(text);
        } catch (JsonProcessingException wrong) {
            throw new IllegalStateException("A stored draft is not JSON", wrong);
        }
    }
}

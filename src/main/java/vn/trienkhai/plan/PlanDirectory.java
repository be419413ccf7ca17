package vn.trienkhai.plan;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A plan as task names and notices speak of it, one query per call. Plain SQL, so it runs
 * unchanged inside the engine's transaction (task and execution listeners); callers keep their
 * own caches. Units are named by id: {@code organisation.UnitContacts} resolves them.
 */
@Component
public class PlanDirectory {

    /** The plan's number, summary and the number of the directive it implements (or null). */
    public record Heading(String number, String summary, String directiveNumber) {
    }

    /**
     * Who a plan's notices concern: its issuing unit, its lead units in the plan's order, its
     * participants with their place in the plan (unit id to position), and its escalation ladder.
     */
    public record People(long planId, Heading heading, EscalationPolicy policy, long issuingUnitId,
                         List<Long> leadUnitIds, Map<Long, Integer> participantPositions) {
    }

    private static final String HEADING = "select p.number, p.summary, d.number directive_number from plan p "
            + "left join directive d on d.id = p.directive_id where p.id = ?";

    private static final String PEOPLE = "select p.id, p.number, p.summary, d.number directive_number, "
            + "p.escalation_reminder_days, p.escalation_unit_head_days, p.escalation_lead_office_days, "
            + "p.escalation_leadership_days, p.escalation_repeat_days, p.issuing_unit_id, "
            + "array(select l.unit_id from plan_lead_unit l where l.plan_id = p.id order by l.position) lead_units, "
            + "array(select t.unit_id from plan_participant t where t.plan_id = p.id order by t.position) participants, "
            + "array(select t.position from plan_participant t where t.plan_id = p.id order by t.position) positions "
            + "from plan p left join directive d on d.id = p.directive_id where p.id = ?";

    private static final String HEADINGS = "select p.id, p.number, p.summary, d.number directive_number from plan p "
            + "left join directive d on d.id = p.directive_id where p.id in (:plans)";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    PlanDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    public Optional<Heading> heading(long planId) {
        return jdbc.query(HEADING, (rs, row) -> heading(rs), planId).stream().findFirst();
    }

    /** The headings of these plans, by plan id; an unknown plan is left out. */
    public Map<Long, Heading> headings(Collection<Long> planIds) {
        if (planIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Heading> headings = new LinkedHashMap<>();
        named.query(HEADINGS, Map.of("plans", List.copyOf(planIds)),
                (rs, row) -> headings.put(rs.getLong("id"), heading(rs)));
        return headings;
    }

    /** The plans the unit issued, by id. */
    public List<Long> planIdsIssuedBy(long unitId) {
        return jdbc.queryForList("select id from plan where issuing_unit_id = ? order by id", Long.class, unitId);
    }

    /** The plan's lead units in the plan's order; empty for an unknown plan. */
    public List<Long> leadUnitIds(long planId) {
        return jdbc.queryForList("select unit_id from plan_lead_unit where plan_id = ? order by position", Long.class,
                planId);
    }

    public Optional<People> people(long planId) {
        return jdbc.query(PEOPLE, (rs, row) -> {
            List<Long> participants = numbers(rs.getArray("participants")).stream().map(Number::longValue).toList();
            List<Number> positions = numbers(rs.getArray("positions"));
            Map<Long, Integer> order = new LinkedHashMap<>();
            for (int i = 0; i < participants.size(); i++) {
                order.put(participants.get(i), positions.get(i).intValue());
            }
            return new People(rs.getLong("id"), heading(rs), new EscalationPolicy(integer(rs, "escalation_reminder_days"),
                    integer(rs, "escalation_unit_head_days"), integer(rs, "escalation_lead_office_days"),
                    integer(rs, "escalation_leadership_days"), integer(rs, "escalation_repeat_days")),
                    rs.getLong("issuing_unit_id"),
                    numbers(rs.getArray("lead_units")).stream().map(Number::longValue).toList(),
                    java.util.Collections.unmodifiableMap(order));
        }, planId).stream().findFirst();
    }

    private static Heading heading(ResultSet rs) throws SQLException {
        return new Heading(rs.getString("number"), rs.getString("summary"), rs.getString("directive_number"));
    }

    private static List<Number> numbers(Array array) throws SQLException {
        List<Number> numbers = new ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            numbers.add((Number) value);
        }
        return numbers;
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}

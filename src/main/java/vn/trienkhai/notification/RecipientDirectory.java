package vn.trienkhai.notification;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.trienkhai.plan.EscalationPolicy;

/**
 * Who is told: units with their heads and addresses, a plan's lead units and issuing unit, the
 * members of Camunda groups. Plain SQL, so it runs inside the engine's transaction unchanged.
 * Answers are kept for {@code trienkhai.notification.directory-cache-ttl} (one minute): a plan's
 * contacts and ladder are fixed when it is imported, a unit's addresses or a group's members
 * edited meanwhile reach the notices of the next minute. A plan or unit not found is not kept.
 */
@Component
class RecipientDirectory {

    record Unit(String code, String name, String headName, String headTitle, String headEmail, String email,
                String groupId) {
    }

    /** A plan as its notices name it: {@code label} in full in the body, {@code reference} in the subject. */
    record PlanContacts(long id, String label, String reference, Unit issuingUnit, List<Unit> leadUnits,
                        EscalationPolicy policy, java.util.Map<String, Integer> unitOrder) {

        /** The unit's place among the plan's participants (protocol order), null when not listed. */
        Integer position(Unit unit) {
            return unit == null ? null : unitOrder.get(unit.code());
        }
    }

    /** A user of a unit's group: address and name. */
    record Member(String email, String name) {
    }

    private static final String UNIT_COLUMNS = "u.code, u.name, u.head_name, u.head_title, u.head_email, u.email, "
            + "u.camunda_group_id";

    private static final int MAX_ENTRIES = 2000;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final ExpiringCache<String, Unit> units;
    private final ExpiringCache<Long, PlanContacts> plans;
    private final ExpiringCache<List<String>, List<Member>> members;

    RecipientDirectory(JdbcTemplate jdbc, NotificationProperties properties) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.units = new ExpiringCache<>(properties.directoryCacheTtl(), MAX_ENTRIES);
        this.plans = new ExpiringCache<>(properties.directoryCacheTtl(), MAX_ENTRIES);
        this.members = new ExpiringCache<>(properties.directoryCacheTtl(), MAX_ENTRIES);
    }

    Optional<Unit> unit(String code) {
        return Optional.ofNullable(units.get(code, key -> loadUnit(key).orElse(null)));
    }

    Optional<PlanContacts> plan(long planId) {
        return Optional.ofNullable(plans.get(planId, id -> loadPlan(id).orElse(null)));
    }

    /** The users in these groups (officers and heads of the units) who have an address. */
    List<Member> members(Collection<String> groupIds) {
        if (groupIds.isEmpty()) {
            return List.of();
        }
        return members.get(List.copyOf(groupIds), this::loadMembers);
    }

    private Optional<Unit> loadUnit(String code) {
        return jdbc.query("select " + UNIT_COLUMNS + " from org_unit u where u.code = ?", RecipientDirectory::unit, code)
                .stream().findFirst();
    }

    private Optional<PlanContacts> loadPlan(long planId) {
        List<Unit> leads = jdbc.query("select " + UNIT_COLUMNS + " from plan_lead_unit l join org_unit u on u.id = l.unit_id "
                + "where l.plan_id = ? order by l.position", RecipientDirectory::unit, planId);
        java.util.Map<String, Integer> order = new java.util.HashMap<>();
        jdbc.query("select u.code, p.position from plan_participant p join org_unit u on u.id = p.unit_id "
                + "where p.plan_id = ?", rs -> {
                    order.put(rs.getString(1), rs.getInt(2));
                }, planId);
        return jdbc.query("select p.id, p.number, p.summary, d.number directive_number, p.escalation_reminder_days, "
                + "p.escalation_unit_head_days, p.escalation_lead_office_days, p.escalation_leadership_days, "
                + "p.escalation_repeat_days, " + UNIT_COLUMNS + " from plan p join org_unit u on u.id = p.issuing_unit_id "
                + "left join directive d on d.id = p.directive_id where p.id = ?", (rs, row) -> new PlanContacts(
                rs.getLong("id"), planLabel(rs.getString("number"), rs.getString("summary")),
                planReference(rs.getString("number"), rs.getString("directive_number")), unit(rs, row), leads,
                new EscalationPolicy(integer(rs, "escalation_reminder_days"), integer(rs, "escalation_unit_head_days"),
                        integer(rs, "escalation_lead_office_days"), integer(rs, "escalation_leadership_days"),
                        integer(rs, "escalation_repeat_days")), java.util.Map.copyOf(order)), planId).stream().findFirst();
    }

    private List<Member> loadMembers(List<String> groupIds) {
        return List.copyOf(named.query("select u.email_, min(trim(coalesce(u.first_, '') || ' ' || coalesce(u.last_, ''))) "
                + "as name from act_id_user u join act_id_membership m on m.user_id_ = u.id_ where m.group_id_ in (:groups) "
                + "and u.email_ is not null and u.email_ <> '' group by u.email_ order by u.email_",
                java.util.Map.of("groups", groupIds), (rs, row) -> new Member(rs.getString(1), rs.getString(2))));
    }

    /** The plan named in full, as the body of a notice names it: "Kế hoạch số 71/KH-UBND – <trích yếu>". */
    static String planLabel(String number, String summary) {
        String text = summary == null ? "" : summary.strip();
        return "Kế hoạch số " + number.strip() + (text.isEmpty() ? "" : " – " + text);
    }

    /**
     * The plan in a subject: "KH 71/KH-UBND" once numbered; before that by the directive it implements,
     * "KH 08-CT/TU", the way a clerk refers to it.
     */
    static String planReference(String number, String directiveNumber) {
        String own = number == null ? "" : number.strip();
        boolean numbered = !own.isEmpty() && Character.isDigit(own.charAt(0));
        return "KH " + (numbered || directiveNumber == null || directiveNumber.isBlank() ? own : directiveNumber.strip());
    }

    private static Integer integer(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Unit unit(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Unit(rs.getString("code"), rs.getString("name"), rs.getString("head_name"), rs.getString("head_title"),
                rs.getString("head_email"), rs.getString("email"), rs.getString("camunda_group_id"));
    }
}

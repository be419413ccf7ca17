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

    record Unit(String code, String name, String headEmail, String email, String groupId) {
    }

    record PlanContacts(long id, String label, Unit issuingUnit, List<Unit> leadUnits, EscalationPolicy policy) {
    }

    private static final String UNIT_COLUMNS = "u.code, u.name, u.head_email, u.email, u.camunda_group_id";

    private static final int MAX_ENTRIES = 2000;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final ExpiringCache<String, Unit> units;
    private final ExpiringCache<Long, PlanContacts> plans;
    private final ExpiringCache<List<String>, List<String>> members;

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

    /** The addresses of the users in these groups (officers and heads of the units). */
    List<String> memberEmails(Collection<String> groupIds) {
        if (groupIds.isEmpty()) {
            return List.of();
        }
        return members.get(List.copyOf(groupIds), this::loadMemberEmails);
    }

    private Optional<Unit> loadUnit(String code) {
        return jdbc.query("select " + UNIT_COLUMNS + " from org_unit u where u.code = ?", RecipientDirectory::unit, code)
                .stream().findFirst();
    }

    private Optional<PlanContacts> loadPlan(long planId) {
        List<Unit> leads = jdbc.query("select " + UNIT_COLUMNS + " from plan_lead_unit l join org_unit u on u.id = l.unit_id "
                + "where l.plan_id = ? order by l.position", RecipientDirectory::unit, planId);
        return jdbc.query("select p.id, p.number, p.summary, p.escalation_reminder_days, p.escalation_unit_head_days, "
                + "p.escalation_lead_office_days, p.escalation_leadership_days, p.escalation_repeat_days, " + UNIT_COLUMNS
                + " from plan p join org_unit u on u.id = p.issuing_unit_id where p.id = ?", (rs, row) -> new PlanContacts(
                rs.getLong("id"), planLabel(rs.getString("number"), rs.getString("summary")), unit(rs, row), leads,
                new EscalationPolicy(integer(rs, "escalation_reminder_days"), integer(rs, "escalation_unit_head_days"),
                        integer(rs, "escalation_lead_office_days"), integer(rs, "escalation_leadership_days"),
                        integer(rs, "escalation_repeat_days"))), planId).stream().findFirst();
    }

    private List<String> loadMemberEmails(List<String> groupIds) {
        return List.copyOf(named.queryForList("select distinct u.email_ from act_id_user u join act_id_membership m on m.user_id_ = u.id_ "
                + "where m.group_id_ in (:groups) and u.email_ is not null and u.email_ <> '' order by u.email_",
                java.util.Map.of("groups", groupIds), String.class));
    }

    static String planLabel(String number, String summary) {
        String text = summary == null ? "" : summary.strip();
        String shortSummary = text.length() <= 80 ? text : text.substring(0, 79) + "…";
        return "Kế hoạch " + number + (shortSummary.isEmpty() ? "" : " " + shortSummary);
    }

    private static Integer integer(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Unit unit(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Unit(rs.getString("code"), rs.getString("name"), rs.getString("head_email"), rs.getString("email"),
                rs.getString("camunda_group_id"));
    }
}

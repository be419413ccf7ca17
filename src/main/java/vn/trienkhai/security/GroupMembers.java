package vn.trienkhai.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The users of Camunda groups, read from the engine's identity tables in one query. Plain SQL,
 * so it runs unchanged inside the engine's transaction.
 */
@Component
public class GroupMembers {

    /** A member's address and name ("first last", empty when neither is known). */
    public record Member(String email, String name) {
    }

    private final NamedParameterJdbcTemplate named;

    GroupMembers(JdbcTemplate jdbc) {
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** The users in any of these groups who have an address, each address once, ordered by address. */
    public List<Member> withAddress(Collection<String> groupIds) {
        if (groupIds.isEmpty()) {
            return List.of();
        }
        return List.copyOf(named.query("select u.email_, min(trim(coalesce(u.first_, '') || ' ' || coalesce(u.last_, ''))) "
                + "as name from act_id_user u join act_id_membership m on m.user_id_ = u.id_ where m.group_id_ in (:groups) "
                + "and u.email_ is not null and u.email_ <> '' group by u.email_ order by u.email_",
                Map.of("groups", List.copyOf(groupIds)), (rs, row) -> new Member(rs.getString(1), rs.getString(2))));
    }
}

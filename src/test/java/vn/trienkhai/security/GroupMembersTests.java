package vn.trienkhai.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.trienkhai.system.QueryDatabase;

/** The members of groups, from Camunda's identity tables. */
class GroupMembersTests {

    private final GroupMembers members = new GroupMembers(QueryDatabase.jdbc());

    @BeforeAll
    static void users() {
        JdbcTemplate jdbc = QueryDatabase.jdbc();
        user(jdbc, "gm.an", "An", "Trần", "an@gm.vn");
        user(jdbc, "gm.binh", null, "Lê", "binh@gm.vn");
        user(jdbc, "gm.noaddress", "Chi", "Vũ", null);
        user(jdbc, "gm.other", "Dũng", "Phạm", "dung@gm.vn");
        member(jdbc, "gm.an", "gm-officers");
        member(jdbc, "gm.an", "gm-heads");
        member(jdbc, "gm.binh", "gm-heads");
        member(jdbc, "gm.noaddress", "gm-officers");
        member(jdbc, "gm.other", "gm-elsewhere");
    }

    @Test
    void theMembersWithAnAddressAreListedOnceEachByAddress() {
        assertThat(members.withAddress(List.of("gm-officers", "gm-heads"))).containsExactly(
                new GroupMembers.Member("an@gm.vn", "An Trần"), new GroupMembers.Member("binh@gm.vn", "Lê"));
    }

    @Test
    void noGroupsNoMembers() {
        assertThat(members.withAddress(List.of())).isEmpty();
        assertThat(members.withAddress(List.of("gm-nobody"))).isEmpty();
    }

    private static void user(JdbcTemplate jdbc, String id, String first, String last, String email) {
        jdbc.update("insert into act_id_user (id_, rev_, first_, last_, email_) values (?, 1, ?, ?, ?)", id, first,
                last, email);
    }

    private static void member(JdbcTemplate jdbc, String user, String group) {
        jdbc.update("insert into act_id_group (id_, rev_, name_, type_) values (?, 1, ?, 'WORKFLOW') "
                + "on conflict do nothing", group, group);
        jdbc.update("insert into act_id_membership (user_id_, group_id_) values (?, ?)", user, group);
    }
}

package vn.trienkhai.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.trienkhai.DemoApplicationTest;

@DemoApplicationTest
class DemoDataTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IdentityService identityService;

    @Autowired
    DemoDataLoader loader;

    @Test
    void theSeedPlansAndTheirUnitsAreLoaded() {
        assertThat(jdbc.queryForList("select number from directive", String.class)).contains("08-CT/TU", "23-CT/TW");
        assertThat(jdbc.queryForObject("""
                select count(*) from plan_participant pp join plan p on p.id = pp.plan_id
                join org_unit u on u.id = p.issuing_unit_id
                where u.code = 'AQ-UBND' and p.summary like 'Triển khai thực hiện Chỉ thị số 08-CT/TU%'""", Integer.class))
                .isEqualTo(22);
        assertThat(jdbc.queryForObject("select layout from plan p join org_unit u on u.id = p.issuing_unit_id "
                + "where u.code = 'HP-TU'", String.class)).isEqualTo("PARTY");
        assertThat(jdbc.queryForObject("select name from org_unit where code = 'AQ-TDP12'", String.class))
                .isEqualTo("Tổ dân phố số 12");
        assertThat(jdbc.queryForObject("select count(*) from org_unit where head_email not like '%.example'",
                Integer.class)).isZero();
    }

    @Test
    void everyUnitHasAGroupAnOfficerAndAHead() {
        assertThat(identityService.createGroupQuery().groupId("aq-tdp01").singleResult().getName())
                .isEqualTo("Tổ dân phố số 1");
        assertThat(identityService.checkPassword("aq-tdp01.canbo", DemoUsers.PASSWORD)).isTrue();
        assertThat(identityService.createUserQuery().userId("aq-pktht.truong").singleResult().getLastName())
                .isEqualTo("Phạm Minh");
        int units = jdbc.queryForObject("select count(*) from org_unit", Integer.class);
        assertThat(identityService.createGroupQuery().groupType("UNIT").count()).isGreaterThanOrEqualTo(units);
    }

    @Test
    void loadingAgainChangesNothing() throws Exception {
        int plans = jdbc.queryForObject("select count(*) from plan", Integer.class);
        int units = jdbc.queryForObject("select count(*) from org_unit", Integer.class);
        long users = identityService.createUserQuery().count();

        loader.run(new DefaultApplicationArguments());

        assertThat(jdbc.queryForObject("select count(*) from plan", Integer.class)).isEqualTo(plans);
        assertThat(jdbc.queryForObject("select count(*) from org_unit", Integer.class)).isEqualTo(units);
        assertThat(identityService.createUserQuery().count()).isEqualTo(users);
    }
}

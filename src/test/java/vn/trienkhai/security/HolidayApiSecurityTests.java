package vn.trienkhai.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.trienkhai.deadline.DeadlineCalculator;
import vn.trienkhai.deadline.DeadlineSpec;

/**
 * Issue 13, calendar: an administrator replaces a year's calendar through {@code /api/holidays}
 * and every deadline computed afterwards honours it, without a restart; nobody else may, and a bad
 * list changes nothing. Each test uses its own far year, so the shared context keeps its calendar.
 */
@SecurityIntegrationTest
class HolidayApiSecurityTests {

    private static final String YEAR_2099 = """
            {"days": [
              {"date": "2099-03-02", "name": "Ngày nghỉ thử nghiệm", "kind": "DAY_OFF", "source": "Thông báo thử"},
              {"date": "07/03/2099", "name": "Làm bù thứ Bảy", "kind": "WORKING_DAY"}
            ]}""";

    private static final String YEAR_2097 = """
            {"days": [
              {"date": "2097-03-05", "name": "Ngày nghỉ thử nghiệm", "kind": "DAY_OFF"},
              {"date": "2097-03-09", "name": "Làm bù thứ Bảy", "kind": "WORKING_DAY"}
            ]}""";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DeadlineCalculator calculator;

    @Test
    void anAdministratorReplacesAYearAndNewDeadlinesHonourItAtOnce() throws Exception {
        LocalDate monday = LocalDate.of(2099, 3, 2);
        LocalDate friday = LocalDate.of(2099, 3, 6);
        assertThat(calculator.dueAt(new DeadlineSpec.OnDate(monday), monday)).get()
                .extracting(due -> due.toLocalDate()).isEqualTo(monday);
        HostileRequests requests = new HostileRequests(rest);

        ResponseEntity<String> put = requests.send("admin", HttpMethod.PUT, "/api/holidays/2099", YEAR_2099,
                MediaType.APPLICATION_JSON);

        assertThat(put.getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> get = requests.get("aq-tdp01.canbo", "/api/holidays/2099");
        assertThat(get.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode year = requests.json(get);
        assertThat(year.path("official").asBoolean()).isTrue();
        assertThat(year.path("origin").asText()).isEqualTo("STORED");
        assertThat(year.path("updatedBy").asText()).isEqualTo("admin");
        assertThat(year.path("days")).hasSize(2);
        assertThat(year.path("days").get(0).path("dateText").asText()).isEqualTo("02/03/2099");
        assertThat(year.path("days").get(0).path("date").asText()).isEqualTo("2099-03-02");
        assertThat(year.path("days").get(1).path("kindText").asText()).isEqualTo("Ngày làm bù");
        assertThat(year.path("days").get(1).path("source").asText()).startsWith("Quản trị viên admin nhập ngày ");
        assertThat(calculator.dueAt(new DeadlineSpec.OnDate(monday), monday)).get()
                .isEqualTo(calculator.endOfDay(monday.plusDays(1)));
        assertThat(calculator.dueAt(new DeadlineSpec.WorkingDays(1), friday)).get()
                .extracting(due -> due.toLocalDate(), due -> due.toLocalTime())
                .containsExactly(LocalDate.of(2099, 3, 7), LocalTime.of(23, 59, 59));
    }

    @Test
    void anOfficerOrALeadOfficeCannotReplaceAYear() {
        for (String user : new String[] {"aq-tdp01.canbo", "aq-pktht.canbo"}) {
            ResponseEntity<String> response = new HostileRequests(rest).send(user, HttpMethod.PUT,
                    "/api/holidays/2098", YEAR_2099.replace("2099", "2098"), MediaType.APPLICATION_JSON);

            assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(response.getBody()).contains("quản trị viên");
        }
        assertThat(storedDays(2098)).isZero();
    }

    @Test
    void aBadListIsRefusedWholeNamingTheFieldAndTheStoredYearStays() throws Exception {
        HostileRequests requests = new HostileRequests(rest);
        assertThat(requests.send("admin", HttpMethod.PUT, "/api/holidays/2097", YEAR_2097,
                MediaType.APPLICATION_JSON).getStatusCode()).isEqualTo(HttpStatus.OK);
        Long revision = jdbc.queryForObject("select revision from holiday_year where year = 2097", Long.class);

        String[][] refusals = {
                {"{\"days\": [{\"date\": \"2097-03-03\", \"name\": \"Một\", \"kind\": \"DAY_OFF\"},"
                        + " {\"date\": \"2096-12-31\", \"name\": \"Hai\", \"kind\": \"DAY_OFF\"}]}", "days[1].date"},
                {"{\"days\": [{\"date\": \"2097-03-03\", \"name\": \"Một\", \"kind\": \"DAY_OFF\"},"
                        + " {\"date\": \"03/03/2097\", \"name\": \"Hai\", \"kind\": \"DAY_OFF\"}]}", "days[1].date"},
                {"{\"days\": [{\"date\": \"2097-03-03\", \"name\": \" \", \"kind\": \"DAY_OFF\"}]}", "days[0].name"},
                {"{\"days\": [{\"date\": \"2097-03-03\", \"name\": \"Một\", \"kind\": \"NGHI\"}]}", "days[0].kind"},
                {"{\"days\": [{\"date\": \"2097-03-04\", \"name\": \"Làm bù thứ Hai\", \"kind\": \"WORKING_DAY\"}]}",
                        "days[0].kind"},
                {"{\"days\": []}", "days"},
        };
        for (String[] refusal : refusals) {
            ResponseEntity<String> response = requests.send("admin", HttpMethod.PUT, "/api/holidays/2097",
                    refusal[0], MediaType.APPLICATION_JSON);

            assertThat(response.getStatusCode()).as(refusal[0]).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(requests.json(response).path("errors").get(0).path("field").asText()).as(refusal[0])
                    .isEqualTo(refusal[1]);
        }
        assertThat(jdbc.queryForObject("select revision from holiday_year where year = 2097", Long.class))
                .isEqualTo(revision);
        assertThat(jdbc.queryForList("select day from holiday_day where year = 2097 order by day", String.class))
                .containsExactly("2097-03-05", "2097-03-09");
    }

    @Test
    void aYearWithoutNoticeIsShownAsProvisionalAndAStrangerIsAskedToSignIn() throws Exception {
        HostileRequests requests = new HostileRequests(rest);
        JsonNode year = requests.json(requests.get("aq-tdp01.canbo", "/api/holidays/2030"));

        assertThat(year.path("official").asBoolean()).isFalse();
        assertThat(year.path("origin").asText()).isEqualTo("COMPUTED");
        assertThat(year.path("days").findValuesAsText("dateText")).contains("02/09/2030");
        assertThat(requests.get(null, "/api/holidays/2030").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(requests.get("aq-tdp01.canbo", "/api/holidays/1800").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private int storedDays(int year) {
        return jdbc.queryForObject("select count(*) from holiday_day where year = ?", Integer.class, year);
    }
}

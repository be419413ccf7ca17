package vn.trienkhai.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.trienkhai.system.QueryDatabase;

/** A plan as task names and notices read it, on the real migrations. */
class PlanDirectoryTests {

    private static long issuing;
    private static long first;
    private static long second;
    private static long plan;
    private static long bare;

    private final PlanDirectory plans = new PlanDirectory(QueryDatabase.jdbc());

    @BeforeAll
    static void plans() {
        JdbcTemplate jdbc = QueryDatabase.jdbc();
        issuing = QueryDatabase.unit("PD-UB", "UBND huyện");
        first = QueryDatabase.unit("PD-1", "Công an huyện");
        second = QueryDatabase.unit("PD-2", "Phòng Tư pháp");
        plan = QueryDatabase.plan("15/KH-UBND", issuing, QueryDatabase.directive("PD-08-CT/TU"));
        bare = QueryDatabase.plan("/KH-UBND", issuing, QueryDatabase.directive("PD-09-CT/TU"));
        jdbc.update("insert into plan_lead_unit (plan_id, position, unit_id) values (?, 1, ?), (?, 0, ?)",
                plan, second, plan, first);
        jdbc.update("insert into plan_participant (plan_id, position, unit_id, cascades) values (?, 4, ?, false), "
                + "(?, 7, ?, true)", plan, second, plan, first);
    }

    @Test
    void theHeadingNamesTheDirectiveTheNumberAndTheSummary() {
        assertThat(plans.heading(plan)).contains(new PlanDirectory.Heading("15/KH-UBND", "Bảo đảm trật tự",
                "PD-08-CT/TU"));
        assertThat(plans.heading(-1)).isEmpty();
    }

    @Test
    void thePeopleAreTheIssuerTheLeadsInTheirOrderAndTheParticipantsWithTheirPlaces() {
        PlanDirectory.People people = plans.people(plan).orElseThrow();

        assertThat(people.planId()).isEqualTo(plan);
        assertThat(people.issuingUnitId()).isEqualTo(issuing);
        assertThat(people.leadUnitIds()).containsExactly(first, second);
        assertThat(people.participantPositions()).isEqualTo(Map.of(second, 4, first, 7));
        assertThat(people.policy()).isEqualTo(new EscalationPolicy(3, null, null, null, null));
        assertThat(plans.leadUnitIds(plan)).containsExactly(first, second);
    }

    @Test
    void aPlanWithoutLeadsOrParticipantsHasEmptyListsAndAnUnknownPlanNothing() {
        PlanDirectory.People people = plans.people(bare).orElseThrow();

        assertThat(people.leadUnitIds()).isEmpty();
        assertThat(people.participantPositions()).isEmpty();
        assertThat(plans.people(-1)).isEmpty();
        assertThat(plans.leadUnitIds(-1)).isEmpty();
    }

    @Test
    void headingsComeForManyPlansInOneAnswerAndThePlansAUnitIssued() {
        assertThat(plans.headings(java.util.List.of(plan, bare, -1L))).containsOnlyKeys(plan, bare);
        assertThat(plans.headings(java.util.List.of(plan)).get(plan).number()).isEqualTo("15/KH-UBND");
        assertThat(plans.headings(java.util.List.of())).isEmpty();
        assertThat(plans.planIdsIssuedBy(issuing)).containsExactly(plan, bare);
        assertThat(plans.planIdsIssuedBy(first)).isEmpty();
    }
}

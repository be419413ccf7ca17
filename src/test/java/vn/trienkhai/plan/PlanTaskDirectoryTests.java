package vn.trienkhai.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.trienkhai.system.QueryDatabase;

/** A plan's tasks as other features track them, on the real migrations. */
class PlanTaskDirectoryTests {

    private static long lead;
    private static long helper;
    private static long other;
    private static long plan;
    private static long first;
    private static long second;

    private final PlanTaskDirectory tasks = new PlanTaskDirectory(QueryDatabase.jdbc());

    @BeforeAll
    static void tasks() {
        JdbcTemplate jdbc = QueryDatabase.jdbc();
        lead = QueryDatabase.unit("PT-L", "Công an huyện");
        helper = QueryDatabase.unit("PT-H", "Phòng Tư pháp");
        other = QueryDatabase.unit("PT-O", "Phòng Văn hóa");
        plan = QueryDatabase.plan("21/KH-UBND", lead, QueryDatabase.directive("PT-01-CT/TU"));
        second = task(jdbc, 2, "NV2", "Tuyên truyền");
        first = task(jdbc, 1, "NV1", "Rà soát");
        jdbc.update("insert into plan_task_coordinator (task_id, position, unit_id) values (?, 1, ?), (?, 0, ?)",
                first, other, first, helper);
    }

    private static long task(JdbcTemplate jdbc, int position, String code, String title) {
        return jdbc.queryForObject("insert into plan_task (plan_id, position, code, title, lead_unit_id, deadline, "
                + "output) values (?, ?, ?, ?, ?, '\"continuous\"', 'Báo cáo') returning id", Long.class, plan,
                position, code, title, lead);
    }

    @Test
    void aTaskHasItsLeadItsCoordinatorsInThePlansOrderAndItsDeadline() {
        assertThat(tasks.task(first)).contains(new PlanTaskDirectory.Task(first, plan, 1, "NV1", "Rà soát", lead,
                List.of(helper, other), "\"continuous\"", "Báo cáo"));
        assertThat(tasks.task(second).orElseThrow().coordinatorUnitIds()).isEmpty();
        assertThat(tasks.task(-1)).isEmpty();
    }

    @Test
    void thePlansTasksComeInThePlansOrderAndByCode() {
        assertThat(tasks.tasksOf(plan)).extracting(PlanTaskDirectory.Task::code).containsExactly("NV1", "NV2");
        assertThat(tasks.taskIdsOf(plan)).containsExactly(first, second);
        assertThat(tasks.taskId(plan, "NV2")).contains(second);
        assertThat(tasks.taskId(plan, "NV9")).isEmpty();
        assertThat(tasks.tasksOf(-1)).isEmpty();
    }

    @Test
    void tasksAreFoundByTheirIdsInOneAnswerAndAnUnknownIdIsLeftOut() {
        assertThat(tasks.byIds(List.of(second, first, -1L))).containsOnlyKeys(first, second);
        assertThat(tasks.byIds(List.of())).isEmpty();
    }
}

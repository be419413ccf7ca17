package vn.trienkhai.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanTaskAppenderTests {

    @Test
    void anAddedTaskTakesTheCodeAfterThePlansLastOne() {
        assertThat(PlanTaskAppender.nextCode("2.3", Set.of("2.1", "2.2", "2.3"))).isEqualTo("2.4");
        assertThat(PlanTaskAppender.nextCode("NV2", Set.of("NV1", "NV2"))).isEqualTo("NV3");
        assertThat(PlanTaskAppender.nextCode("III.2b", Set.of("III.2a", "III.2b"))).isEqualTo("III.2c");
    }

    @Test
    void aCodeThatWouldReadAsTheParentOfOneInUseIsSkipped() {
        assertThat(PlanTaskAppender.nextCode("III.1", Set.of("III.2a", "III.2b", "III.3", "III.1")))
                .isEqualTo("III.4");
        assertThat(PlanTaskAppender.nextCode("1", Set.of("1", "2.1"))).isEqualTo("3");
        assertThat(PlanTaskAppender.nextCode("1", Set.of("1", "21"))).isEqualTo("2");
    }

    @Test
    void aCodeThatDoesNotCountOnGivesAnAddedTaskCode() {
        assertThat(PlanTaskAppender.nextCode("a", Set.of("a"))).isEqualTo("BS1");
        assertThat(PlanTaskAppender.nextCode("Mục cuối", Set.of("Mục cuối", "BS1"))).isEqualTo("BS2");
        assertThat(PlanTaskAppender.nextCode(null, Set.of())).isEqualTo("BS1");
    }
}

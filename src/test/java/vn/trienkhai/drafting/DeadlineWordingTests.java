package vn.trienkhai.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import vn.trienkhai.deadline.DeadlineSpec;

class DeadlineWordingTests {

    @Test
    void readsADeadlineTypedTheWayPlansWriteIt() {
        assertThat(DeadlineWording.read("30/11/2026", 2026)).contains(new DeadlineSpec.OnDate(LocalDate.of(2026, 11, 30)));
        assertThat(DeadlineWording.read("Trước ngày 30/11/2026.", 2026))
                .contains(new DeadlineSpec.OnDate(LocalDate.of(2026, 11, 30)));
        assertThat(DeadlineWording.read("tháng 11/2026", 2026)).contains(new DeadlineSpec.EndOfMonth(YearMonth.of(2026, 11)));
        assertThat(DeadlineWording.read("trong tháng 12", 2026)).contains(new DeadlineSpec.EndOfMonth(YearMonth.of(2026, 12)));
        assertThat(DeadlineWording.read("Quý IV/2026", 2026)).contains(new DeadlineSpec.EndOfQuarter(2026, 4));
        assertThat(DeadlineWording.read("10 ngày làm việc", 2026)).contains(new DeadlineSpec.WorkingDays(10));
        assertThat(DeadlineWording.read("Thường xuyên", 2026)).contains(new DeadlineSpec.Continuous());
    }

    @Test
    void refusesWhatIsNotOnlyADeadline() {
        assertThat(DeadlineWording.read("sớm nhất có thể", 2026)).isEmpty();
        assertThat(DeadlineWording.read("báo cáo quý IV/2026 gửi Ban Tuyên giáo", 2026)).isEmpty();
        assertThat(DeadlineWording.read("31/02/2026", 2026)).isEmpty();
        assertThat(DeadlineWording.read("  ", 2026)).isEmpty();
    }
}

package vn.trienkhai.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FormCheckTests {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @AfterEach
    void realClock() {
        ClockUtil.reset();
    }

    @Test
    void aTextIsRequiredAndItsLengthCountsCharactersNotUtf16Units() {
        String fiveEmoji = "😀".repeat(5);
        assertThat(check(Map.of("note", fiveEmoji)).text("note", "Ghi chú", 5)).isEqualTo(fiveEmoji);
        assertThatThrownBy(() -> check(Map.of("note", fiveEmoji + "a")).text("note", "Ghi chú", 5))
                .hasMessage("Trường «Ghi chú»: không được dài quá 5 ký tự");
        assertThatThrownBy(() -> check(Map.of("note", "  ")).text("note", "Ghi chú", 5))
                .hasMessage("Trường «Ghi chú»: bắt buộc nhập");
    }

    @Test
    void aNumberIsAWholeNumberInItsRange() {
        assertThat(check(Map.of("n", 12)).number("n", "Số người", 1, 100)).isEqualTo(12);
        assertThatThrownBy(() -> check(Map.of("n", 1.5)).number("n", "Số người", 1, 100))
                .hasMessage("Trường «Số người»: phải là số nguyên");
        assertThatThrownBy(() -> check(Map.of("n", 0)).number("n", "Số người", 1, 100))
                .hasMessage("Trường «Số người»: phải từ 1 đến 100");
        assertThatThrownBy(() -> check(Map.of("n", "12")).number("n", "Số người", 1, 100))
                .hasMessage("Trường «Số người»: bắt buộc nhập một số");
    }

    @Test
    void aDateIsNotAfterTheEngineClocksToday() {
        ClockUtil.setCurrentTime(java.util.Date.from(LocalDate.of(2026, 3, 16).atTime(9, 0).atZone(ZONE).toInstant()));
        assertThat(check(Map.of("d", "2026-03-16")).notInFuture("d", "Ngày học tập")).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThatThrownBy(() -> check(Map.of("d", "2026-03-17")).notInFuture("d", "Ngày học tập"))
                .hasMessage("Trường «Ngày học tập»: không được là ngày trong tương lai");
        assertThatThrownBy(() -> check(Map.of("d", "16/03/2026")).notInFuture("d", "Ngày học tập"))
                .hasMessageStartingWith("Trường «Ngày học tập»: không phải ngày hợp lệ");
    }

    @Test
    void aChoiceIsOneOfItsOptions() {
        assertThat(check(Map.of("f", "TRUC_TIEP")).choice("f", "Hình thức", Set.of("TRUC_TIEP"))).isEqualTo("TRUC_TIEP");
        assertThatThrownBy(() -> check(Map.of("f", "KHAC")).choice("f", "Hình thức", Set.of("TRUC_TIEP")))
                .hasMessage("Trường «Hình thức»: hãy chọn một trong TRUC_TIEP");
    }

    private static FormCheck check(Map<String, Object> values) {
        VariableScope scope = mock(VariableScope.class);
        when(scope.getVariable(anyString())).thenAnswer(invocation -> values.get(invocation.<String>getArgument(0)));
        return new FormCheck(scope, ZONE);
    }
}

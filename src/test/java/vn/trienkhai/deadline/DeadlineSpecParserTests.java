package vn.trienkhai.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DeadlineSpecParserTests {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static Stream<Arguments> writtenForms() {
        return Stream.of(
                Arguments.of("2026-09-30", new DeadlineSpec.OnDate(LocalDate.of(2026, 9, 30))),
                Arguments.of("continuous", new DeadlineSpec.Continuous()),
                Arguments.of(Map.of("month", "2026-09"), new DeadlineSpec.EndOfMonth(YearMonth.of(2026, 9))),
                Arguments.of(Map.of("quarter", "2026-Q3"), new DeadlineSpec.EndOfQuarter(2026, 3)),
                Arguments.of(Map.of("days", 10), new DeadlineSpec.CalendarDays(10)),
                Arguments.of(Map.of("days", "10"), new DeadlineSpec.CalendarDays(10)),
                Arguments.of(Map.of("days", 10L), new DeadlineSpec.CalendarDays(10)),
                Arguments.of(Map.of("workingDays", 5), new DeadlineSpec.WorkingDays(5)),
                Arguments.of(Map.of("workingDays", "5"), new DeadlineSpec.WorkingDays(5)),
                Arguments.of(LocalDate.of(2026, 9, 30), new DeadlineSpec.OnDate(LocalDate.of(2026, 9, 30))));
    }

    @ParameterizedTest
    @MethodSource("writtenForms")
    void acceptsEveryWrittenForm(Object written, DeadlineSpec expected) {
        assertThat(DeadlineSpecParser.parse(written)).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("yamlForms")
    void acceptsTheNodesJacksonReadsFromYaml(String yaml, DeadlineSpec expected) throws Exception {
        assertThat(DeadlineSpecParser.parse(YAML.readTree("deadline: " + yaml).get("deadline")))
                .isEqualTo(expected);
    }

    static Stream<Arguments> yamlForms() {
        return Stream.of(
                Arguments.of("2026-09-30", new DeadlineSpec.OnDate(LocalDate.of(2026, 9, 30))),
                Arguments.of("continuous", new DeadlineSpec.Continuous()),
                Arguments.of("{month: 2026-09}", new DeadlineSpec.EndOfMonth(YearMonth.of(2026, 9))),
                Arguments.of("{quarter: 2026-Q3}", new DeadlineSpec.EndOfQuarter(2026, 3)),
                Arguments.of("{days: 10}", new DeadlineSpec.CalendarDays(10)),
                Arguments.of("{workingDays: 5}", new DeadlineSpec.WorkingDays(5)));
    }

    static Stream<Arguments> badInput() {
        Map<String, Object> twoKeys = new LinkedHashMap<>();
        twoKeys.put("days", 3);
        twoKeys.put("month", "2026-09");
        return Stream.of(
                Arguments.of("2026-02-30", "ngày không hợp lệ: 2026-02-30"),
                Arguments.of("30/09/2026", "ngày không hợp lệ: 30/09/2026"),
                Arguments.of(Map.of("quarter", "2026-Q5"), "quý phải có dạng YYYY-Qn, ví dụ 2026-Q3"),
                Arguments.of(Map.of("quarter", "III/2026"), "quý phải có dạng YYYY-Qn, ví dụ 2026-Q3"),
                Arguments.of(Map.of("month", "2026-13"), "tháng không hợp lệ: 2026-13"),
                Arguments.of(Map.of("month", "09/2026"), "tháng phải có dạng YYYY-MM, ví dụ 2026-09"),
                Arguments.of(Map.of("days", 0), "số ngày phải là số nguyên dương"),
                Arguments.of(Map.of("days", -3), "số ngày phải là số nguyên dương"),
                Arguments.of(Map.of("days", 2.5), "số ngày phải là số nguyên dương"),
                Arguments.of(Map.of("workingDays", "mười"), "số ngày phải là số nguyên dương"),
                Arguments.of(Map.of("workingDays", 100000), "số ngày không được quá 3650"),
                Arguments.of(Map.of("weeks", 2), "khóa không hợp lệ: weeks"),
                Arguments.of(twoKeys, "chỉ được có một trong: ngày, month, quarter, days, workingDays, continuous"),
                Arguments.of(Map.of(), "chỉ được có một trong"),
                Arguments.of(42, "thời hạn không hợp lệ: 42"));
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void rejectsBadInputSayingWhatIsWrongInVietnamese(Object written, String message) {
        assertThatThrownBy(() -> DeadlineSpecParser.parse(written))
                .isInstanceOf(InvalidDeadlineException.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(Normalizer.isNormalized(e.getMessage(), Normalizer.Form.NFC)).isTrue());
    }

    @Test
    void rejectsAMissingDeadline() {
        assertThatThrownBy(() -> DeadlineSpecParser.parse((Object) null))
                .isInstanceOf(InvalidDeadlineException.class)
                .hasMessageStartingWith("thiếu thời hạn");
    }

    @Test
    void recordsValidateThemselves() {
        assertThatThrownBy(() -> new DeadlineSpec.EndOfQuarter(2026, 5))
                .isInstanceOf(InvalidDeadlineException.class).hasMessageContaining("quý phải từ 1 đến 4");
        assertThatThrownBy(() -> new DeadlineSpec.CalendarDays(0))
                .isInstanceOf(InvalidDeadlineException.class).hasMessageContaining("số nguyên dương");
        assertThatThrownBy(() -> new DeadlineSpec.WorkingDays(-1))
                .isInstanceOf(InvalidDeadlineException.class);
        assertThatThrownBy(() -> new DeadlineSpec.OnDate(null)).isInstanceOf(InvalidDeadlineException.class);
    }
}

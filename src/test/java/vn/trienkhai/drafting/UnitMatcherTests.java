package vn.trienkhai.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitMatcherTests {

    private final UnitMatcher matcher = new UnitMatcher(DemoUnits.directory());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Phòng Kinh tế - Hạ tầng | AQ-UBND | AQ-PKTHT",
        "Phòng KT-HT | AQ-UBND | AQ-PKTHT",
        "phòng kinh tế hạ tầng | AQ-UBND | AQ-PKTHT",
        "PHÒNG KINH TẾ - HẠ TẦNG | AQ-UBND | AQ-PKTHT",
        "Phong Kinh te - Ha tang | AQ-UBND | AQ-PKTHT",
        "Phòng Hạ tầng - Kinh tế | AQ-UBND | AQ-PKTHT",
        "Công an phường | AQ-UBND | AQ-CA",
        "UBND phường Ái Quốc | | AQ-UBND",
        "Ủy ban nhân dân phường | AQ-UBND | AQ-UBND",
        "Ủy ban MTTQ phường | AQ-UBND | AQ-MTTQ",
        "Văn phòng HĐND và UBND phường | AQ-UBND | AQ-VP",
        "Hội Nông dân | AQ-UBND | AQ-HND",
        "Hội Nông dân | HP-TU | HP-HND",
        "Hội Nông dân thành phố | AQ-UBND | HP-HND",
        "Tổ dân phố số 7 | AQ-UBND | AQ-TDP07",
        "Thành ủy | | HP-TU",
        "Ban Thường vụ Thành uỷ | | HP-TU",
        "Ban cán sự đảng UBND TP | HP-TU | HP-BCSD",
        "Mặt trận Tổ quốc | HP-TU | HP-DDMT",
        "Mặt trận Tổ quốc | AQ-UBND | AQ-MTTQ",
        "Thành đoàn | HP-TU | HP-DTN"})
    void findsTheUnitWhateverTheSpelling(String name, String scope, String code) {
        UnitMatcher.UnitMatch match = matcher.match(name, scope);

        assertThat(match.codes()).containsExactly(code);
        assertThat(match.group()).isFalse();
    }

    @Test
    void theResidentialGroupsAreAllThoseUnderTheIssuingUnit() {
        List<String> groups = IntStream.rangeClosed(1, 12).mapToObj(i -> String.format("AQ-TDP%02d", i)).toList();

        assertThat(matcher.match("các tổ dân phố", "AQ-UBND").codes()).containsExactlyElementsOf(groups);
        assertThat(matcher.match("Các Tổ dân phố", "AQ-UBND").group()).isTrue();
        assertThat(matcher.match("các tổ dân phố", "HP-TU").matched()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Phòng Tư pháp phường | AQ-UBND",
        "Sở Giao thông vận tải | AQ-UBND",
        "Văn phòng Thành ủy | HP-TU",
        "Ban | AQ-UBND",
        "huyện ủy | HP-TU",
        "Chủ tịch UBND phường | AQ-UBND"})
    void aNameOfNoUnitMatchesNothing(String name, String scope) {
        assertThat(matcher.match(name, scope).codes()).isEmpty();
    }

    @Test
    void twoUnitsThatFitEquallyMatchNeither() {
        UnitMatcher.UnitMatch match = matcher.match("Hội Cựu chiến binh", null);

        assertThat(match.matched()).isFalse();
        assertThat(match.note()).contains("AQ-HCCB").contains("HP-HCCB");
    }
}

package vn.trienkhai.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Who leads and who works with whom, in sentences as ward (state) and city Party plans write them. */
class AssignmentGrammarTests {

    private static final String WARD = "AQ-UBND";
    private static final String CITY_PARTY = "HP-TU";
    private static final List<String> GROUPS = IntStream.rangeClosed(1, 12)
            .mapToObj(i -> String.format("AQ-TDP%02d", i)).toList();
    private static final List<String> WARD_MASS = List.of("AQ-DTN", "AQ-HPN", "AQ-HCCB", "AQ-HND");
    private static final List<String> CITY_MASS = List.of("HP-LDLD", "HP-DTN", "HP-HLHPN", "HP-HND", "HP-HCCB");
    private static final List<String> WARD_COMMITTEES = List.of("HP-DU-AQ", "HP-DU-HB", "HP-DU-LC", "HP-DU-TN");

    private final AssignmentGrammar grammar =
            new AssignmentGrammar(new UnitPhrases(new UnitMatcher(DemoUnits.directory())));

    static Stream<Arguments> sentences() {
        return Stream.of(
                // state style: a ward's People's Committee
                of(WARD, "Giao Phòng Kinh tế - Hạ tầng chủ trì, phối hợp Công an phường kiểm tra, giám sát việc thực hiện.",
                        "AQ-PKTHT", List.of("AQ-CA")),
                of(WARD, "Phòng Văn hóa - Xã hội chủ trì, phối hợp với Đoàn Thanh niên, Hội Liên hiệp Phụ nữ phường tổ chức tuyên truyền.",
                        "AQ-PVHXH", List.of("AQ-DTN", "AQ-HPN")),
                of(WARD, "Công an phường chủ trì, phối hợp với Phòng KT-HT ra quân lập lại trật tự đô thị.",
                        "AQ-CA", List.of("AQ-PKTHT")),
                of(WARD, "Giao Công an phường chủ trì tham mưu UBND phường xử lý vi phạm.", "AQ-CA", List.of()),
                of(WARD, "UBND phường giao Phòng Văn hóa - Xã hội chủ trì, phối hợp Ủy ban MTTQ phường và các đoàn thể tổ chức phát động phong trào.",
                        "AQ-PVHXH", concat(List.of("AQ-MTTQ"), WARD_MASS)),
                of(WARD, "Văn phòng HĐND và UBND phường chủ trì theo dõi, tổng hợp, báo cáo kết quả.", "AQ-VP", List.of()),
                of(WARD, "Đơn vị chủ trì: Phòng Kinh tế - Hạ tầng; đơn vị phối hợp: Công an phường, các tổ dân phố.",
                        "AQ-PKTHT", concat(List.of("AQ-CA"), GROUPS)),
                of(WARD, "Các tổ dân phố tổ chức tuyên truyền đến từng hộ gia đình.", null, GROUPS),
                of(WARD, "Trung tâm Phục vụ hành chính công phường phối hợp thực hiện.", null, List.of("AQ-TTHCC")),
                of(WARD, "Hội Cựu chiến binh phường phối hợp với Công an phường vận động hội viên chấp hành pháp luật.",
                        "AQ-HCCB", List.of("AQ-CA")),
                of(WARD, "công an phường chủ trì, phối hợp với các tổ dân phố ra quân tuyên truyền.", "AQ-CA", GROUPS),
                of(WARD, "CÔNG AN PHƯỜNG CHỦ TRÌ, PHỐI HỢP VỚI PHÒNG VĂN HÓA - XÃ HỘI THỰC HIỆN.", "AQ-CA", List.of("AQ-PVHXH")),
                of(WARD, "Phong Kinh te - Ha tang chu tri, phoi hop voi Cong an phuong thuc hien.", "AQ-PKTHT", List.of("AQ-CA")),
                of(WARD, "Hội Nông dân, Hội Liên hiệp Phụ nữ, Đoàn Thanh niên phường tuyên truyền vận động hội viên.",
                        "AQ-HND", List.of("AQ-HPN", "AQ-DTN")),
                of(WARD, "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường chủ trì, phối hợp với các đoàn thể giám sát việc thực hiện.",
                        "AQ-MTTQ", WARD_MASS),
                of(WARD, "Yêu cầu Công an phường phối hợp với Phòng Kinh tế - Hạ tầng xử lý vi phạm lấn chiếm vỉa hè.",
                        "AQ-CA", List.of("AQ-PKTHT")),
                of(WARD, "Phòng VH-XH chủ trì, phối hợp Đoàn TN phường tổ chức các hoạt động.", "AQ-PVHXH", List.of("AQ-DTN")),
                of(WARD, "Công an phường, Phòng Kinh tế - Hạ tầng thực hiện tuần tra, kiểm soát.", "AQ-CA", List.of("AQ-PKTHT")),
                of(WARD, "Tổ dân phố số 3 chủ trì tổ chức ra quân làm sạch đường phố.", "AQ-TDP03", List.of()),
                of(WARD, "Giao Trung tâm Phục vụ hành chính công phường chủ trì, phối hợp với Văn phòng HĐND và UBND phường niêm yết công khai thủ tục.",
                        "AQ-TTHCC", List.of("AQ-VP")),
                of(WARD, "Phòng Kinh tế - Hạ tầng có trách nhiệm chủ trì, phối hợp với các tổ dân phố rà soát các điểm lấn chiếm.",
                        "AQ-PKTHT", GROUPS),
                of(WARD, "Uỷ ban MTTQ phường, Hội Cựu chiến binh chủ trì vận động nhân dân.", "AQ-MTTQ", List.of("AQ-HCCB")),
                // Party style: the city Party committee
                of(CITY_PARTY, "Ban cán sự đảng Ủy ban nhân dân thành phố chủ trì tham mưu xây dựng Chương trình hành động.",
                        "HP-BCSD", List.of()),
                of(CITY_PARTY, "Mặt trận Tổ quốc và các tổ chức chính trị - xã hội phổ biến, tuyên truyền sâu rộng nội dung Chỉ thị.",
                        "HP-DDMT", CITY_MASS),
                of(CITY_PARTY, "Các quận ủy, huyện ủy và đảng ủy trực thuộc Thành ủy tổ chức học tập, quán triệt.",
                        null, WARD_COMMITTEES),
                of(CITY_PARTY, "Báo Hải Phòng, Đài Phát thanh và Truyền hình Hải Phòng, các cơ quan báo chí, truyền thông trên địa bàn thành phố đẩy mạnh tuyên truyền.",
                        "HP-BAO", List.of("HP-DPTTH")),
                of(CITY_PARTY, "Đảng đoàn Mặt trận Tổ quốc và các tổ chức chính trị - xã hội xây dựng chương trình giám sát.",
                        "HP-DDMT", CITY_MASS),
                of(CITY_PARTY, "Ban Thường vụ Thành ủy giao Ban Tuyên giáo Thành ủy chủ trì, phối hợp với Ban cán sự đảng UBND thành phố hướng dẫn thực hiện.",
                        "HP-BTG", List.of("HP-BCSD")),
                of(CITY_PARTY, "Đảng ủy phường Ái Quốc chủ trì, phối hợp với các chi bộ tổ chức quán triệt đến đảng viên.",
                        "HP-DU-AQ", List.of("HP-DU-AQ-CB01", "HP-DU-AQ-CB02", "HP-DU-AQ-CB03")),
                of(CITY_PARTY, "Thành đoàn, Hội Liên hiệp Phụ nữ thành phố, Hội Nông dân thành phố phối hợp tuyên truyền trong đoàn viên, hội viên.",
                        null, List.of("HP-DTN", "HP-HLHPN", "HP-HND")),
                of(CITY_PARTY, "Liên đoàn Lao động thành phố chủ trì, phối hợp với Thành đoàn tuyên truyền trong công nhân.",
                        "HP-LDLD", List.of("HP-DTN")),
                of(CITY_PARTY, "Giao Ban Tuyên giáo Thành ủy chủ trì, phối hợp với Báo Hải Phòng, Đài Phát thanh và Truyền hình Hải Phòng mở chuyên mục.",
                        "HP-BTG", List.of("HP-BAO", "HP-DPTTH")),
                of(CITY_PARTY, "Ban Tuyên giáo Thành uỷ chỉ đạo, hướng dẫn, theo dõi, đôn đốc; chủ trì phối hợp tổ chức học tập, quán triệt.",
                        "HP-BTG", List.of()),
                of(CITY_PARTY, "Hội Cựu chiến binh thành phố chủ trì, phối hợp với Hội Nông dân thành phố tuyên truyền.",
                        "HP-HCCB", List.of("HP-HND")));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("sentences")
    void readsTheLeadAndTheCoordinatingUnits(String scope, String sentence, String lead, List<String> coordinating) {
        AssignmentGrammar.Assignment assignment = grammar.read(sentence, scope);

        assertThat(assignment.lead() == null ? null : assignment.lead().match().codes().get(0)).isEqualTo(lead);
        assertThat(codes(assignment.coordinating())).containsExactlyInAnyOrderElementsOf(coordinating);
        assertThat(assignment.unmatched()).isEmpty();
        assertThat(assignment.ownPlanOrder()).isFalse();
    }

    static Stream<Arguments> ownPlanOrders() {
        return Stream.of(
                of(WARD, "Căn cứ Kế hoạch này, các phòng, ban, đơn vị trực thuộc UBND phường xây dựng kế hoạch thực hiện.",
                        List.of("AQ-VP", "AQ-PKTHT", "AQ-PVHXH", "AQ-TTHCC", "AQ-CA", "AQ-MTTQ", "AQ-DTN", "AQ-HPN",
                                "AQ-HCCB", "AQ-HND", "AQ-TDP01", "AQ-TDP02", "AQ-TDP03", "AQ-TDP04", "AQ-TDP05", "AQ-TDP06",
                                "AQ-TDP07", "AQ-TDP08", "AQ-TDP09", "AQ-TDP10", "AQ-TDP11", "AQ-TDP12")),
                of(WARD, "Các tổ dân phố chủ động xây dựng kế hoạch tuyên truyền tại khu dân cư.", GROUPS),
                of(CITY_PARTY, "Các đảng ủy trực thuộc xây dựng kế hoạch thực hiện Chỉ thị, báo cáo kết quả về Ban Tuyên giáo Thành ủy.",
                        WARD_COMMITTEES),
                of(CITY_PARTY, "Các quận ủy, huyện ủy, đảng ủy trực thuộc Thành ủy xây dựng chương trình, kế hoạch thực hiện.",
                        WARD_COMMITTEES));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("ownPlanOrders")
    void anOrderToMakeTheirOwnPlanIsNotATask(String scope, String sentence, List<String> units) {
        AssignmentGrammar.Assignment assignment = grammar.read(sentence, scope);

        assertThat(assignment.ownPlanOrder()).isTrue();
        assertThat(assignment.lead()).isNull();
        assertThat(codes(assignment.coordinating())).containsExactlyInAnyOrderElementsOf(units);
    }

    static Stream<Arguments> unknownUnits() {
        return Stream.of(
                of(WARD, "Phòng Tư pháp phường chủ trì thẩm định văn bản.", "Phòng Tư pháp phường", null),
                of(WARD, "Sở Giao thông vận tải chủ trì, phối hợp với Công an phường tổ chức kiểm tra.",
                        "Sở Giao thông vận tải", null),
                of(CITY_PARTY, "Ban Tuyên giáo Thành ủy chủ trì, phối hợp với Văn phòng Thành ủy tổ chức hội nghị.",
                        "Văn phòng Thành ủy", "HP-BTG"),
                of(CITY_PARTY, "Uỷ ban Kiểm tra Thành uỷ chủ trì kiểm tra việc thực hiện.", "Uỷ ban Kiểm tra Thành uỷ", null));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("unknownUnits")
    void aNameOfNoUnitIsReportedAndNeverGivenACode(String scope, String sentence, String name, String lead) {
        AssignmentGrammar.Assignment assignment = grammar.read(sentence, scope);

        assertThat(assignment.unmatched()).extracting(UnitPhrases.Named::source).containsExactly(name);
        assertThat(assignment.lead() == null ? null : assignment.lead().match().codes().get(0)).isEqualTo(lead);
    }

    private static List<String> codes(List<UnitPhrases.Named> names) {
        return names.stream().flatMap(named -> named.match().codes().stream()).toList();
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }

    private static Arguments of(Object... values) {
        return Arguments.of(values);
    }
}

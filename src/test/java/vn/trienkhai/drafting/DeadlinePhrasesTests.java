package vn.trienkhai.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.trienkhai.deadline.DeadlineSpec;

/** Deadline sentences as state and Party plans write them, read with 2027 as the plan's year. */
class DeadlinePhrasesTests {

    private final DeadlinePhrases phrases = new DeadlinePhrases(2027);

    static Stream<Arguments> sentences() {
        return Stream.of(
                // state style (Nghị định 30/2020)
                of("Phòng Văn hóa - Xã hội hoàn thành trước ngày 30/6/2027.", date(2027, 6, 30)),
                of("Báo cáo kết quả xong trước 15/3/2027.", date(2027, 3, 15)),
                of("Hoàn thành trước ngày 29/01/2027", date(2027, 1, 29)),
                of("Thời hạn hoàn thành: trước ngày 05-4-2027.", date(2027, 4, 5)),
                of("Chậm nhất ngày 20/10/2027 gửi báo cáo về UBND phường.", date(2027, 10, 20)),
                of("Chậm nhất là ngày 1.9.2027.", date(2027, 9, 1)),
                of("Gửi dự thảo trước ngày 10 tháng 5 năm 2027.", date(2027, 5, 10)),
                of("hoàn thành trước ngày 31 tháng 12 năm 2027", date(2027, 12, 31)),
                of("Thời gian: trước ngày 15/8/2027", date(2027, 8, 15)),
                of("Hạn chót: 30/11/2027.", date(2027, 11, 30)),
                of("Không muộn hơn ngày 14/02/2028.", date(2028, 2, 14)),
                of("Tổ chức hội nghị sơ kết (xong trước 30/7/2027).", date(2027, 7, 30)),
                of("Hoàn thành trong tháng 3/2027.", month(2027, 3)),
                of("Tổ chức hội nghị quán triệt trong tháng 9/2027.", month(2027, 9)),
                of("hoàn thành trong tháng 10 năm 2027", month(2027, 10)),
                of("Thời gian thực hiện: tháng 11/2027.", month(2027, 11)),
                of("Xây dựng kế hoạch (hoàn thành trong tháng 9/2023).", month(2023, 9)),
                of("Triển khai xong trong tháng 02/2028.", month(2028, 2)),
                of("Ban hành quy chế trong tháng 8-2027.", month(2027, 8)),
                of("Thời gian: Quý I/2027.", quarter(2027, 1)),
                of("Hoàn thành trong quý III/2023.", quarter(2023, 3)),
                of("Tổng kết mô hình trong quý IV năm 2027.", quarter(2027, 4)),
                of("Thực hiện trong Quý 2/2027.", quarter(2027, 2)),
                of("hoàn thành trong quý II - 2027", quarter(2027, 2)),
                of("Sơ kết việc thực hiện (trong quý III/2027).", quarter(2027, 3)),
                of("Hoàn thành trong 6 tháng đầu năm 2027.", quarter(2027, 2)),
                of("Thực hiện xong trong sáu tháng cuối năm 2027.", quarter(2027, 4)),
                of("Hoàn thành trong năm 2028.", month(2028, 12)),
                of("Thời gian: cuối năm 2027.", month(2027, 12)),
                of("Các đơn vị xây dựng kế hoạch trong 10 ngày làm việc kể từ ngày kế hoạch được ban hành.",
                        new DeadlineSpec.WorkingDays(10)),
                of("Gửi báo cáo trong vòng 05 ngày làm việc.", new DeadlineSpec.WorkingDays(5)),
                of("Hoàn thành trong thời hạn 15 ngày.", new DeadlineSpec.CalendarDays(15)),
                of("Triển khai trong vòng 30 ngày kể từ ngày ký.", new DeadlineSpec.CalendarDays(30)),
                of("Hoàn thành trong 2 tuần.", new DeadlineSpec.CalendarDays(14)),
                of("Thời gian thực hiện: mười ngày làm việc.", new DeadlineSpec.WorkingDays(10)),
                of("Thời gian: Thường xuyên.", new DeadlineSpec.Continuous()),
                of("Thực hiện thường xuyên, liên tục.", new DeadlineSpec.Continuous()),
                of("Đoàn Thanh niên phối hợp tuyên truyền (thường xuyên).", new DeadlineSpec.Continuous()),
                // Party style (Hướng dẫn 36-HD/VPTW)
                of("Ban Tuyên giáo Thành ủy chủ trì (hoàn thành trong tháng 8/2023).", month(2023, 8)),
                of("Các đảng ủy trực thuộc tổ chức quán triệt xong trước ngày 30/9/2023.", date(2023, 9, 30)),
                of("Ban cán sự đảng UBND thành phố tham mưu xây dựng chương trình (hoàn thành trong quý III/2023).",
                        quarter(2023, 3)),
                of("Báo cáo sơ kết gửi về Ban Thường vụ chậm nhất ngày 15/12/2023.", date(2023, 12, 15)),
                of("Hoàn thành việc quán triệt trong tháng 10/2023; báo cáo kết quả về Ban Tuyên giáo.", month(2023, 10)),
                of("THỜI GIAN HOÀN THÀNH: QUÝ IV/2023", quarter(2023, 4)),
                of("hoan thanh truoc ngay 30/6/2027 (văn bản gõ không dấu)", date(2027, 6, 30)),
                // no year written: the plan's year, flagged
                of("Hoàn thành trước ngày 30/6.", date(2027, 6, 30)),
                of("Tổ chức hội nghị trong tháng 9.", month(2027, 9)),
                of("Hoàn thành trong quý III.", quarter(2027, 3)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sentences")
    void readsTheDeadlineOfTheSentence(String sentence, DeadlineSpec expected) {
        DeadlinePhrases.Found found = phrases.find(sentence).stream().filter(DeadlinePhrases.Found::marked)
                .findFirst().orElseThrow(() -> new AssertionError("no deadline read in: " + sentence));

        assertThat(found.spec()).isEqualTo(expected);
        assertThat(sentence).contains(found.source());
    }

    static Stream<Arguments> notDeadlines() {
        return Stream.of(
                of("Thực hiện Chỉ thị số 08-CT/TU ngày 04/3/2026 của Ban Thường vụ Thành ủy."),
                of("Ái Quốc, ngày 15 tháng 6 năm 2026"),
                of("Tổ chức hội nghị báo cáo viên cấp thành phố trong tháng 9/2023, lồng ghép với các chủ trương khác."),
                of("Triển khai đồng bộ các giải pháp kéo giảm TNGT hàng năm; không để xảy ra ùn tắc."),
                of("Căn cứ Nghị định số 30/2020/NĐ-CP về công tác văn thư."),
                of("Thực hiện theo quy định của pháp luật."),
                of("có kiểm tra, giám sát thường xuyên bảo đảm tiến độ, chất lượng, hiệu quả với phương châm"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notDeadlines")
    void aDateThatIsNotMarkedAsADeadlineIsNotOne(String sentence) {
        assertThat(phrases.find(sentence)).noneMatch(DeadlinePhrases.Found::marked);
    }

    static Stream<Arguments> withoutYear() {
        return Stream.of(of("Hoàn thành trước ngày 30/6."), of("Trong tháng 9."), of("Hoàn thành trong quý III."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withoutYear")
    void saysWhenItAssumedTheYear(String sentence) {
        assertThat(phrases.find(sentence)).singleElement().extracting(DeadlinePhrases.Found::yearAssumed).isEqualTo(true);
    }

    private static Arguments of(Object... values) {
        return Arguments.of(values);
    }

    private static DeadlineSpec date(int year, int month, int day) {
        return new DeadlineSpec.OnDate(LocalDate.of(year, month, day));
    }

    private static DeadlineSpec month(int year, int month) {
        return new DeadlineSpec.EndOfMonth(YearMonth.of(year, month));
    }

    private static DeadlineSpec quarter(int year, int quarter) {
        return new DeadlineSpec.EndOfQuarter(year, quarter);
    }
}

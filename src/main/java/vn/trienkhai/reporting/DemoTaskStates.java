package vn.trienkhai.reporting;

import java.util.Locale;
import java.util.Map;

/**
 * What the leads of the Ái Quốc plan's continuous tasks (NV1–NV4) report in each of the demo's finished rounds,
 * scaled by the period's factor like the units' figures.
 */
final class DemoTaskStates {

    private DemoTaskStates() {
    }

    /** The state text of task {@code code} in the round labelled {@code period}; empty for a task the demo does not know. */
    static String of(String code, String periodLabel, double factor) {
        String period = periodLabel.substring(0, 1).toLowerCase(Locale.forLanguageTag("vi")) + periodLabel.substring(1);
        Map<String, String> texts = Map.of(
                "NV1", "Trong " + period + ", tổ chức " + scaled(3, factor) + " hội nghị quán triệt Chỉ thị số 08-CT/TU"
                        + " cho " + scaled(214, factor) + " cán bộ, công chức; "
                        + scaled(12, factor) + " phòng, ban, đơn vị đã ban hành kế hoạch thực hiện.",
                "NV2", "Tổ chức " + scaled(26, factor) + " buổi tuyên truyền trực tiếp cho " + scaled(3_150, factor)
                        + " lượt người; đăng " + scaled(18, factor) + " tin, bài trên trang thông tin điện tử và"
                        + " nhóm Zalo của các tổ dân phố.",
                "NV3", "Tuần tra, kiểm soát " + scaled(96, factor) + " ca; phát hiện, xử lý " + scaled(457, factor)
                        + " trường hợp vi phạm; giải tỏa " + scaled(99, factor) + " vụ lấn chiếm vỉa hè, lòng đường.",
                "NV4", "Kiểm tra " + scaled(6, factor) + " tổ dân phố và " + scaled(2, factor) + " cơ quan, đơn vị;"
                        + " tổng hợp báo cáo " + period + " trình Chủ tịch UBND phường đúng thời hạn.");
        return texts.getOrDefault(code, "");
    }

    private static long scaled(int value, double factor) {
        return Math.max(1, Math.round(value * factor));
    }
}

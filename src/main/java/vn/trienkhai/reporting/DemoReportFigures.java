package vn.trienkhai.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.trienkhai.organisation.OrganisationUnit;
import vn.trienkhai.organisation.UnitKind;

/** Plausible figures and texts of a ward's units for the demo's finished rounds; deterministic, varied by unit. */
final class DemoReportFigures {

    static final String DEMO_ISSUING_UNIT = "AQ-UBND";

    private DemoReportFigures() {
    }

    /** The unit's figures for the plan's standard metrics, scaled by the period's factor. */
    static Map<String, BigDecimal> of(OrganisationUnit unit, int index, double factor) {
        int v = index % 5;
        Map<String, Integer> base = new LinkedHashMap<>();
        if (unit.getKind() == UnitKind.POLICE) {
            base.putAll(Map.of("accidents", 4, "deaths", 1, "injuries", 5, "violations", 412, "fines", 186_500_000,
                    "encroachmentsHandled", 38));
        } else if (unit.getKind() == UnitKind.RESIDENTIAL_GROUP) {
            base.putAll(Map.of("accidents", v % 2, "injuries", v % 2, "violations", v, "fines", 0,
                    "encroachmentsHandled", 1 + v));
        } else if ("AQ-PKTHT".equals(unit.getCode())) {
            base.putAll(Map.of("violations", 45, "fines", 22_000_000, "encroachmentsHandled", 61));
        }
        base.putIfAbsent("studySessions", 1 + v % 2);
        base.putIfAbsent("studyParticipants", 25 + 9 * v);
        base.putIfAbsent("outreachSessions", "AQ-PVHXH".equals(unit.getCode()) ? 8 : 2 + v % 3);
        base.putIfAbsent("outreachReach", "AQ-PVHXH".equals(unit.getCode()) ? 2_500 : 140 + 35 * v);
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        for (String key : new String[] {"accidents", "deaths", "injuries", "violations", "fines", "studySessions",
                "studyParticipants", "outreachSessions", "outreachReach", "encroachmentsHandled"}) {
            int value = base.getOrDefault(key, 0);
            BigDecimal scaled = BigDecimal.valueOf(value * factor)
                    .setScale("fines".equals(key) ? -3 : 0, RoundingMode.HALF_UP);
            figures.put(key, scaled.setScale(0, RoundingMode.UNNECESSARY));
        }
        return figures;
    }

    static UnitReportContent content(OrganisationUnit unit, int index, double factor, boolean detailed) {
        Map<String, BigDecimal> figures = of(unit, index, factor);
        if (!detailed) {
            return new UnitReportContent(figures, "Đã thực hiện các nhiệm vụ theo Kế hoạch.", null, null);
        }
        return new UnitReportContent(figures, results(unit, figures), limitations(unit), causes(unit), proposals(unit));
    }

    private static String results(OrganisationUnit unit, Map<String, BigDecimal> figures) {
        String study = "Tổ chức " + figures.get("studySessions") + " buổi quán triệt Chỉ thị số 08-CT/TU với "
                + figures.get("studyParticipants") + " người tham dự; " + figures.get("outreachSessions")
                + " buổi tuyên truyền cho " + figures.get("outreachReach") + " lượt người.";
        if (unit.getKind() == UnitKind.POLICE) {
            return study + "\nDuy trì tuần tra, kiểm soát vào giờ cao điểm tại các tuyến trọng điểm; phát hiện, xử lý "
                    + figures.get("violations") + " trường hợp vi phạm, phạt tiền nộp ngân sách nhà nước.";
        }
        if (unit.getKind() == UnitKind.RESIDENTIAL_GROUP) {
            return study + "\nVận động các hộ kinh doanh ký cam kết không lấn chiếm vỉa hè, lòng đường; tổ tự quản "
                    + "ra quân dọn dẹp ngõ xóm vào sáng Chủ nhật hằng tuần.";
        }
        return study + "\nLồng ghép nội dung bảo đảm trật tự, an toàn giao thông, trật tự đô thị vào sinh hoạt "
                + "chuyên đề và các hoạt động của " + unit.getName() + ".";
    }

    private static String limitations(OrganisationUnit unit) {
        if (unit.getKind() == UnitKind.POLICE) {
            return "Lực lượng mỏng so với địa bàn; tình trạng đỗ xe trái phép trên tuyến Lê Lợi còn tái diễn.";
        }
        return unit.getKind() == UnitKind.RESIDENTIAL_GROUP
                ? "Một số hộ kinh doanh vẫn bày hàng hóa ra vỉa hè sau khi lực lượng chức năng rời đi." : null;
    }

    private static String causes(OrganisationUnit unit) {
        if (unit.getKind() == UnitKind.POLICE) {
            return "Khách quan: lưu lượng phương tiện tăng vào giờ cao điểm. Chủ quan: chưa phối hợp thường xuyên với "
                    + "các tổ dân phố trong giám sát.";
        }
        return unit.getKind() == UnitKind.RESIDENTIAL_GROUP
                ? "Ý thức chấp hành của một số hộ chưa cao; việc kiểm tra, nhắc nhở chưa thường xuyên." : null;
    }

    private static String proposals(OrganisationUnit unit) {
        return unit.getKind() == UnitKind.POLICE || unit.getKind() == UnitKind.RESIDENTIAL_GROUP
                ? "Đề nghị UBND phường bố trí kinh phí lắp đặt thêm camera giám sát tại các nút giao trọng điểm." : null;
    }
}

package vn.trienkhai.drafting;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.trienkhai.organisation.UnitKind;

/** The plan's own heading: number, issuing unit, place, date, summary, layout, end date, signer. */
final class HeaderPart {

    private static final Pattern PLACE_NAME = Pattern.compile(
            "(?i)(?:phường|xã|thị trấn|thị xã|quận|huyện|thành phố|tỉnh|Thành ủy|Thành uỷ|Tỉnh ủy|Tỉnh uỷ|Huyện ủy|Quận ủy)\\s+(\\p{Lu}.*)$");

    private HeaderPart() {
    }

    static void write(ObjectNode document, PlanHeader header, String issuer, LocalDate endDate, UnitDirectory units,
                      Findings findings) {
        ObjectNode plan = document.putObject("plan");
        String issuerName = units.find(issuer).map(UnitDirectory.Unit::name).orElse(null);
        boolean party = header.party() || units.find(issuer).map(unit -> unit.kind() == UnitKind.PARTY_COMMITTEE)
                .orElse(false);
        plan.put("number", number(header, issuerName, party, findings));
        if (issuer != null) {
            plan.put("issuingUnit", issuer);
            findings.add("plan.issuingUnit", header.issuerSource(), "đơn vị ban hành: " + issuerName);
        }
        String place = header.place() != null ? header.place() : placeOf(issuerName);
        if (place != null) {
            plan.put("place", place);
        }
        findings.add("plan.place", header.place() != null ? header.place() : issuerName,
                header.place() != null ? "địa danh ở dòng ngày tháng" : place == null
                        ? "không tìm thấy địa danh; cần điền" : "văn bản không ghi địa danh; lấy theo tên đơn vị ban hành");
        if (header.date() != null) {
            plan.put("date", header.date().toString());
        }
        if (header.summary() != null) {
            plan.put("summary", header.summary());
            findings.add("plan.summary", header.summary(), "trích yếu: đoạn ngay sau chữ KẾ HOẠCH");
        } else {
            findings.add("plan.summary", "", "không tìm thấy trích yếu (đoạn sau chữ KẾ HOẠCH); cần điền");
        }
        plan.put("layout", party ? "party" : "state");
        findings.add("plan.layout", header.layoutSource(), party ? "thể thức văn bản của Đảng" : "thể thức văn bản hành chính nhà nước");
        plan.put("endDate", endDate.toString());
        if (header.signer() != null) {
            ObjectNode signer = plan.putObject("signer");
            if (header.signer().authority() != null) {
                signer.put("authority", header.signer().authority());
            }
            signer.put("title", header.signer().title()).put("name", header.signer().name());
            findings.add("plan.signer", header.signer().source(), "khối chữ ký cuối văn bản");
        }
    }

    private static String number(PlanHeader header, String issuerName, boolean party, Findings findings) {
        if (header.number() != null) {
            findings.add("plan.number", "Số: " + header.number(), "số, ký hiệu; phần số để văn thư điền khi vào sổ");
            return header.number();
        }
        String body = initials(issuerName, party);
        String number = party ? "-KH/" + body : "/KH-" + body;
        findings.add("plan.number", "", "văn bản không có dòng \"Số:\"; ký hiệu đoán theo đơn vị ban hành, cần kiểm tra");
        return number;
    }

    /** "Thành ủy Hải Phòng" → TU, "Ủy ban nhân dân phường Ái Quốc" → UBND. */
    private static String initials(String name, boolean party) {
        if (name == null) {
            return party ? "ĐU" : "UBND";
        }
        String folded = Folding.fold(name);
        if (folded.startsWith("uy ban nhan dan")) {
            return "UBND";
        }
        for (String[] committee : new String[][] {{"thanh uy", "TU"}, {"tinh uy", "TU"}, {"huyen uy", "HU"},
                {"quan uy", "QU"}, {"thi uy", "TU"}, {"dang uy", "ĐU"}, {"chi bo", "CB"}}) {
            if (folded.startsWith(committee[0])) {
                return committee[1];
            }
        }
        return party ? "ĐU" : "UBND";
    }

    private static String placeOf(String issuerName) {
        if (issuerName == null) {
            return null;
        }
        Matcher place = PLACE_NAME.matcher(issuerName);
        return place.find() ? place.group(1).strip() : null;
    }
}

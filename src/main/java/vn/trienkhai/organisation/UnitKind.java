package vn.trienkhai.organisation;

/** What kind of body a unit is; the label is what users read. */
public enum UnitKind {
    CITY_BODY("Cơ quan cấp thành phố"),
    PARTY_COMMITTEE("Cấp ủy, tổ chức đảng"),
    WARD("Phường, xã"),
    DEPARTMENT("Phòng, ban, cơ quan chuyên môn"),
    POLICE("Công an"),
    MASS_ORGANISATION("Mặt trận, đoàn thể"),
    RESIDENTIAL_GROUP("Tổ dân phố"),
    MEDIA("Cơ quan báo chí, truyền thông"),
    OTHER("Đơn vị khác");

    private final String label;

    UnitKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package vn.trienkhai.drafting;

/** Where a draft stands in plan-drafting. */
public enum DraftState {
    DRAFTING("Đang soạn thảo"),
    AWAITING_APPROVAL("Chờ phê duyệt"),
    AWAITING_ISSUE("Chờ vào sổ, phát hành"),
    ISSUED("Đã phát hành");

    private final String label;

    DraftState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

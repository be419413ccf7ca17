package vn.trienkhai.drafting;

/** The step that sent a draft back to its drafter. */
public enum ReturnedFrom {
    APPROVAL("Lãnh đạo đơn vị ban hành trả lại"),
    ISSUE("Văn thư không vào sổ, phát hành được, trả lại");

    private final String label;

    ReturnedFrom(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package vn.trienkhai.reporting.document;

/**
 * The signature block: the collective line of a body run collectively ("TM. ỦY BAN NHÂN DÂN"; blank when
 * there is none), the authority ("KT. CHỦ TỊCH", "T/M BAN THƯỜNG VỤ"), the title ("PHÓ CHỦ TỊCH") and the name.
 */
public record Signature(String collective, String authority, String title, String name) {

    public Signature(String authority, String title, String name) {
        this("", authority, title, name);
    }

    public boolean hasCollective() {
        return collective != null && !collective.isBlank();
    }
}

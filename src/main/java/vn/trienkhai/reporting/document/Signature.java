package vn.trienkhai.reporting.document;

/** The signature block: authority ("KT. CHỦ TỊCH", "T/M BAN THƯỜNG VỤ"), title ("PHÓ CHỦ TỊCH") and name. */
public record Signature(String authority, String title, String name) {
}

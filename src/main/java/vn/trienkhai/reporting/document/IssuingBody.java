package vn.trienkhai.reporting.document;

/**
 * The issuing body as the header names it: the body above it on the first line (may be blank), the body itself
 * below, e.g. "UBND THÀNH PHỐ HẢI PHÒNG" above "UBND PHƯỜNG ÁI QUỐC", or "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG" above
 * "THÀNH ỦY". The writers print both in upper case.
 */
public record IssuingBody(String parentName, String name) {
}

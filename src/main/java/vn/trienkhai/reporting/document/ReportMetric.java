package vn.trienkhai.reporting.document;

/** A figure the report carries: key, Vietnamese label ("Số vụ tai nạn giao thông") and unit of measure ("vụ"). */
public record ReportMetric(String key, String label, String unit) {
}

package vn.trienkhai.reporting;

import java.math.BigDecimal;
import java.util.Map;

/** A validated submission: a figure for each of the plan's metrics and the three texts. */
record UnitReportContent(Map<String, BigDecimal> figures, String results, String limitations, String proposals) {
}

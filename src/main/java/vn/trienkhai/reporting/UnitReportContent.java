package vn.trienkhai.reporting;

import java.math.BigDecimal;
import java.util.Map;

/** A validated submission: a figure for each of the plan's metrics and the four texts. */
record UnitReportContent(Map<String, BigDecimal> figures, String results, String limitations, String causes,
                         String proposals) {

    /** Without causes (nguyên nhân). */
    UnitReportContent(Map<String, BigDecimal> figures, String results, String limitations, String proposals) {
        this(figures, results, limitations, null, proposals);
    }
}

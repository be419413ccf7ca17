package vn.trienkhai.reporting.document;

/** What one unit wrote in its report, printed in the appendix under its name. */
public record UnitNarrative(String unitName, Findings findings) {
}

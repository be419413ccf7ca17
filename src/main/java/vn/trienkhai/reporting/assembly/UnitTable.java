package vn.trienkhai.reporting.assembly;

import java.util.List;
import vn.trienkhai.reporting.document.UnitFigures;
import vn.trienkhai.reporting.document.UnitNarrative;

/** The round's units as the report prints them: one row each, and the texts of those that wrote any. */
record UnitTable(List<UnitFigures> rows, List<UnitNarrative> narratives) {
}

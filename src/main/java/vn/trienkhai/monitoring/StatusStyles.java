package vn.trienkhai.monitoring;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/** The fill of each status in the progress workbook, made once per workbook. */
final class StatusStyles {

    /** The fill of each status, the same colours as the Cockpit plugin. */
    static final Map<ProgressStatus, String> COLOURS = new EnumMap<>(Map.of(
            ProgressStatus.NOT_DUE, "E5E7EB",
            ProgressStatus.DUE_SOON, "FDE68A",
            ProgressStatus.OVERDUE, "FCA5A5",
            ProgressStatus.DONE_ON_TIME, "86EFAC",
            ProgressStatus.DONE_LATE, "FDBA74"));

    private final Map<ProgressStatus, CellStyle> statuses = new EnumMap<>(ProgressStatus.class);

    StatusStyles(Workbook workbook) {
        COLOURS.forEach((status, rgb) -> statuses.put(status, fill(workbook, rgb)));
    }

    CellStyle of(ProgressStatus status) {
        return statuses.get(status);
    }

    private static CellStyle fill(Workbook workbook, String rgb) {
        XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
        byte[] bytes = new byte[3];
        for (int i = 0; i < 3; i++) {
            bytes[i] = (byte) Integer.parseInt(rgb.substring(2 * i, 2 * i + 2), 16);
        }
        style.setFillForegroundColor(new XSSFColor(bytes, null));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }
}

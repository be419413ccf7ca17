package vn.trienkhai.monitoring;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/** The cell styles of the progress workbook, made once per workbook: headers, dates, one fill per status. */
final class StatusStyles {

    /** The fill of each status, the same colours as the Cockpit plugin. */
    static final Map<ProgressStatus, String> COLOURS = new EnumMap<>(Map.of(
            ProgressStatus.NOT_DUE, "E5E7EB",
            ProgressStatus.DUE_SOON, "FDE68A",
            ProgressStatus.OVERDUE, "FCA5A5",
            ProgressStatus.DONE_ON_TIME, "86EFAC",
            ProgressStatus.DONE_LATE, "FDBA74"));

    static final String FONT = "Times New Roman";

    final CellStyle header;
    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle date;
    final CellStyle percent;
    private final Map<ProgressStatus, CellStyle> statuses = new EnumMap<>(ProgressStatus.class);

    StatusStyles(Workbook workbook) {
        Font normal = workbook.getFontAt(0);
        normal.setFontName(FONT);
        normal.setFontHeightInPoints((short) 12);
        Font bold = font(workbook, 12, true, false);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.CENTER);
        header.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.CENTER);
        title = workbook.createCellStyle();
        title.setFont(font(workbook, 14, true, false));
        title.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.CENTER);
        subtitle = workbook.createCellStyle();
        subtitle.setFont(font(workbook, 12, false, true));
        subtitle.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.CENTER);
        subtitle.setWrapText(true);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("0.0%"));
        COLOURS.forEach((status, rgb) -> statuses.put(status, fill(workbook, rgb)));
    }

    private static Font font(Workbook workbook, int points, boolean bold, boolean italic) {
        Font font = workbook.createFont();
        font.setFontName(FONT);
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        font.setItalic(italic);
        return font;
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

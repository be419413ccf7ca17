package vn.trienkhai.system;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The layout every sheet of an exported workbook shares, so that a sheet another feature adds looks
 * like the others: title rows (what the figures are of, the time of the figures), the header below
 * them frozen, filtered and repeated on each printed page, landscape A4 fitted to one page wide, the
 * column widths set, Times New Roman throughout (the workbook's default font included, so a cell
 * without a style of its own prints in it too).
 */
public final class WorkbookFrame {

    public static final String FONT = "Times New Roman";
    /** The header's row: under the title, the subject and the time of the figures. */
    public static final int HEADER_ROW = 3;

    private final Workbook workbook;
    private final List<String> titles;
    private final CellStyle header;
    private final CellStyle title;
    private final CellStyle subtitle;
    private final CellStyle date;
    private final CellStyle percent;
    /** Columns per sheet: a streamed sheet may have flushed its header row by the time it is finished. */
    private final Map<String, Integer> columns = new HashMap<>();

    /** {@code titles}: the title in capitals, the subject, "Số liệu tính đến …" (three lines). */
    public WorkbookFrame(Workbook workbook, List<String> titles) {
        if (titles.size() != HEADER_ROW) {
            throw new IllegalArgumentException("A sheet has " + HEADER_ROW + " title rows");
        }
        this.workbook = workbook;
        this.titles = List.copyOf(titles);
        Font normal = workbook.getFontAt(0);
        normal.setFontName(FONT);
        normal.setFontHeightInPoints((short) 12);
        header = workbook.createCellStyle();
        header.setFont(font(12, true, false));
        header.setWrapText(true);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        title = workbook.createCellStyle();
        title.setFont(font(14, true, false));
        title.setAlignment(HorizontalAlignment.CENTER);
        subtitle = workbook.createCellStyle();
        subtitle.setFont(font(12, false, true));
        subtitle.setAlignment(HorizontalAlignment.CENTER);
        subtitle.setWrapText(true);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("0.0%"));
    }

    public Workbook workbook() {
        return workbook;
    }

    /** A Times New Roman font, for a style a sheet makes of its own. */
    public Font font(int points, boolean bold, boolean italic) {
        Font font = workbook.createFont();
        font.setFontName(FONT);
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        font.setItalic(italic);
        return font;
    }

    public CellStyle date() {
        return date;
    }

    public CellStyle percent() {
        return percent;
    }

    /** A new sheet with its title rows, header and column widths (in characters, one per header). */
    public Sheet open(String name, List<String> headers, int[] widths) {
        if (widths.length != headers.size()) {
            throw new IllegalArgumentException("One width per column");
        }
        Sheet sheet = workbook.createSheet(name);
        for (int i = 0; i < titles.size(); i++) {
            Row row = sheet.createRow(i);
            Cell cell = row.createCell(0);
            cell.setCellValue(titles.get(i));
            cell.setCellStyle(i == 0 ? title : subtitle);
            sheet.addMergedRegion(new CellRangeAddress(i, i, 0, headers.size() - 1));
        }
        Row row = sheet.createRow(HEADER_ROW);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        columns.put(name, headers.size());
        return sheet;
    }

    /** The next row after the last one written. */
    public static Row next(Sheet sheet) {
        return sheet.createRow(sheet.getLastRowNum() + 1);
    }

    /** Once the rows are written: the filter over header and rows, the print set-up. */
    public void finish(Sheet sheet) {
        int last = columns.get(sheet.getSheetName()) - 1;
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, sheet.getLastRowNum()), 0, last));
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
    }
}

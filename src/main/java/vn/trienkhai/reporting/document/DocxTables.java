package vn.trienkhai.reporting.document;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/** Tables in the DOCX: the borderless frames of header and signature, and the ruled data tables. */
final class DocxTables {

    private static final int CELL_MARGIN_TWIPS = 57;

    private DocxTables() {
    }

    /** A one-row borderless table with fixed column widths, for laying out blocks side by side. */
    static XWPFTable frame(XWPFDocument document, float[] widthsMm) {
        XWPFTable table = document.createTable(1, widthsMm.length);
        table.removeBorders();
        table.setCellMargins(0, 0, 0, 0);
        fix(table, widthsMm);
        return table;
    }

    /** A data table, its header repeated on every page, its rows added one by one. */
    static void grid(XWPFDocument document, ReportTable spec, float textWidthMm) {
        float[] widthsMm = scale(spec.widths(), textWidthMm);
        XWPFTable table = document.createTable(1, spec.columns());
        table.setCellMargins(0, CELL_MARGIN_TWIPS, 0, CELL_MARGIN_TWIPS);
        fix(table, widthsMm);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        fill(header, spec.header(), spec, true);
        for (List<String> cells : spec.rows()) {
            XWPFTableRow row = table.createRow();
            row.setCantSplitRow(true);
            fill(row, cells, spec, false);
        }
    }

    private static void fill(XWPFTableRow row, List<String> cells, ReportTable spec, boolean header) {
        for (int column = 0; column < spec.columns(); column++) {
            XWPFTableCell cell = row.getCell(column);
            cell.setVerticalAlignment(XWPFVertAlign.CENTER);
            XWPFParagraph paragraph = cell.getParagraphs().get(0);
            DocxText.line(paragraph, alignment(spec, column, header));
            String text = column < cells.size() ? cells.get(column) : "";
            DocxText.run(paragraph, text, spec.fontSize(), header, false);
        }
    }

    private static ParagraphAlignment alignment(ReportTable spec, int column, boolean header) {
        if (header || column == 0) {
            return ParagraphAlignment.CENTER;
        }
        return spec.numeric()[column] ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT;
    }

    private static void fix(XWPFTable table, float[] widthsMm) {
        var properties = table.getCTTbl().getTblPr();
        CTTblLayoutType layout = properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        int total = 0;
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int column = 0; column < widthsMm.length; column++) {
            int twips = LayoutRules.mmToTwips(widthsMm[column]);
            total += twips;
            grid.addNewGridCol().setW(BigInteger.valueOf(twips));
            table.getRow(0).getCell(column).setWidth(Integer.toString(twips));
        }
        table.setWidth(Integer.toString(total));
    }

    static float[] scale(float[] weights, float totalMm) {
        float sum = 0;
        for (float weight : weights) {
            sum += weight;
        }
        float[] widths = new float[weights.length];
        for (int i = 0; i < weights.length; i++) {
            widths[i] = weights[i] * totalMm / sum;
        }
        return widths;
    }
}

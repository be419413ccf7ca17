package vn.trienkhai.reporting.document;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/** The borderless frames that lay out the header and the signature block side by side. */
final class DocxTables {

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

package vn.trienkhai.reporting.document;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/** The borderless frames that lay out the header and the signature block side by side. */
final class DocxTables {

    private DocxTables() {
    }

    /** A one-row borderless table with fixed column widths, for laying out blocks side by side. */
    static XWPFTable frame(XWPFDocument document, float[] widthsMm) {
        XWPFTable table = document.createTable(1, widthsMm.length);
        table.removeBorders();
        noCellMargins(table);
        fix(table, widthsMm);
        return table;
    }

    /**
     * Zero cell margins written out: POI's {@code setCellMargins(0, 0, 0, 0)} leaves an empty {@code tblCellMar},
     * so Word and LibreOffice fall back to 1.9 mm each side, which shifts the header's centred lines and shortens
     * the rule under the issuing body below a third of its name.
     */
    private static void noCellMargins(XWPFTable table) {
        var properties = table.getCTTbl().getTblPr();
        CTTblCellMar margins = properties.isSetTblCellMar() ? properties.getTblCellMar()
                : properties.addNewTblCellMar();
        for (CTTblWidth side : new CTTblWidth[] {margins.addNewTop(), margins.addNewLeft(), margins.addNewBottom(),
                margins.addNewRight()}) {
            side.setW(BigInteger.ZERO);
            side.setType(STTblWidth.DXA);
        }
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

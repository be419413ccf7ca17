package vn.trienkhai.reporting.document;

import java.math.BigInteger;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/** A4 page size and the decree's margins, portrait for the report, landscape for the appendix. */
final class DocxPage {

    static final int A4_SHORT_TWIPS = 11906;
    static final int A4_LONG_TWIPS = 16838;

    private DocxPage() {
    }

    static void setUp(CTSectPr section, boolean landscape) {
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? A4_LONG_TWIPS : A4_SHORT_TWIPS));
        size.setH(BigInteger.valueOf(landscape ? A4_SHORT_TWIPS : A4_LONG_TWIPS));
        size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(LayoutRules.mmToTwips(LayoutRules.MARGIN_TOP_MM)));
        margins.setBottom(BigInteger.valueOf(LayoutRules.mmToTwips(LayoutRules.MARGIN_BOTTOM_MM)));
        margins.setLeft(BigInteger.valueOf(LayoutRules.mmToTwips(LayoutRules.MARGIN_LEFT_MM)));
        margins.setRight(BigInteger.valueOf(LayoutRules.mmToTwips(LayoutRules.MARGIN_RIGHT_MM)));
        margins.setHeader(BigInteger.valueOf(LayoutRules.mmToTwips(LayoutRules.PAGE_NUMBER_FROM_TOP_MM)));
        margins.setFooter(BigInteger.valueOf(LayoutRules.mmToTwips(10)));
    }

    static float textWidthMm(boolean landscape) {
        float width = landscape ? LayoutRules.PAGE_HEIGHT_MM : LayoutRules.PAGE_WIDTH_MM;
        return width - LayoutRules.MARGIN_LEFT_MM - LayoutRules.MARGIN_RIGHT_MM;
    }
}

package vn.trienkhai.reporting.document;

import vn.trienkhai.plan.PlanLayout;

/**
 * Page, font and spacing rules of Nghị định 30/2020/NĐ-CP, Phụ lục I (state) and Hướng dẫn 36-HD/VPTW (Party),
 * shared by the DOCX and PDF writers. Lengths in millimetres, sizes in points.
 */
final class LayoutRules {

    static final float PAGE_WIDTH_MM = 210;
    static final float PAGE_HEIGHT_MM = 297;
    static final float MARGIN_TOP_MM = 20;
    static final float MARGIN_BOTTOM_MM = 20;
    static final float MARGIN_LEFT_MM = 30;
    static final float MARGIN_RIGHT_MM = 15;
    static final float TEXT_WIDTH_MM = PAGE_WIDTH_MM - MARGIN_LEFT_MM - MARGIN_RIGHT_MM;
    static final float FIRST_LINE_INDENT_MM = 10;
    /**
     * The rule under the issuing body as a share of its name's printed length. Nghị định 30/2020 allows 1/3 to
     * 1/2; the middle of the range, so that no renderer's rounding takes it out.
     */
    static final float BODY_RULE_SHARE = 0.4f;

    static final float BODY_SIZE = 14;
    static final float NUMBER_SIZE = 13;
    static final float DATE_SIZE = 14;
    static final float TITLE_SIZE = 14;
    static final float PARAGRAPH_SPACING_PT = 6;
    static final float RECIPIENTS_SIZE = 11;
    static final float PAGE_NUMBER_SIZE = 13;
    /** Distance of the page number's line from the top edge of the page. */
    static final float PAGE_NUMBER_FROM_TOP_MM = 10;

    private LayoutRules() {
    }

    /** Width of the header's left column (issuing body, number); the right one takes the rest. */
    static float headerLeftMm(PlanLayout layout) {
        return layout == PlanLayout.PARTY ? 80 : 70;
    }

    /** Issuing body lines: 12–13 pt for a state body, 13–14 pt for a Party body. */
    static float bodyNameSize(PlanLayout layout) {
        return layout == PlanLayout.PARTY ? 13 : 12;
    }

    /** Quốc hiệu (12–13 pt, bold) or "ĐẢNG CỘNG SẢN VIỆT NAM" (15 pt, bold, underlined). */
    static float nationalTitleSize(PlanLayout layout) {
        return layout == PlanLayout.PARTY ? 15 : 12;
    }

    static float mottoSize() {
        return 13;
    }

    /** "Nơi nhận:" 12 pt bold italic (state) or 14 pt underlined (Party). */
    static float recipientsTitleSize(PlanLayout layout) {
        return layout == PlanLayout.PARTY ? 14 : 12;
    }

    static float mmToPoints(float mm) {
        return mm * 72f / 25.4f;
    }

    static int mmToTwips(float mm) {
        return Math.round(mm * 1440f / 25.4f);
    }
}

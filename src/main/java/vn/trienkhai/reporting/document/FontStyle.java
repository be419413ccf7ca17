package vn.trienkhai.reporting.document;

/** The four faces of the report font, shipped in the jar (Liberation Serif, SIL OFL 1.1). */
enum FontStyle {
    REGULAR("LiberationSerif-Regular.ttf"),
    BOLD("LiberationSerif-Bold.ttf"),
    ITALIC("LiberationSerif-Italic.ttf"),
    BOLD_ITALIC("LiberationSerif-BoldItalic.ttf");

    /** The name Word shows; Liberation Serif has the same metrics, so lines break in the same places. */
    static final String DOCX_FAMILY = "Times New Roman";

    private final String file;

    FontStyle(String file) {
        this.file = file;
    }

    String resource() {
        return "/fonts/" + file;
    }

    static FontStyle of(boolean bold, boolean italic) {
        if (bold) {
            return italic ? BOLD_ITALIC : BOLD;
        }
        return italic ? ITALIC : REGULAR;
    }
}

package vn.trienkhai.reporting.document;

/**
 * Free text of a report: kết quả, hạn chế, nguyên nhân, kiến nghị. Any part may be blank; newlines are kept as line
 * breaks.
 */
public record Findings(String results, String limitations, String causes, String proposals) {

    public static final Findings NONE = new Findings("", "", "", "");

    /** Without causes. */
    public Findings(String results, String limitations, String proposals) {
        this(results, limitations, "", proposals);
    }
}

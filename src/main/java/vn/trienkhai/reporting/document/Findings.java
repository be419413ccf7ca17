package vn.trienkhai.reporting.document;

/** Free text of a report: kết quả, hạn chế, kiến nghị. Any part may be blank; newlines are kept as line breaks. */
public record Findings(String results, String limitations, String proposals) {

    public static final Findings NONE = new Findings("", "", "");
}

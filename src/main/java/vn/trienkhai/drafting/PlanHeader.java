package vn.trienkhai.drafting;

import java.time.LocalDate;
import java.util.List;

/** What the heading and the closing of a plan say: the directive, the plan's own data, signer and recipients. */
record PlanHeader(
        Cited directive,
        List<Cited> otherCited,
        String number,
        String place,
        LocalDate date,
        Integer year,
        String summary,
        String issuerSource,
        boolean party,
        String layoutSource,
        Signature signer,
        List<String> recipients) {

    /** A document the plan cites: "Chỉ thị số 08-CT/TU ngày 04/3/2026 của ... về ...". */
    record Cited(String kind, String number, LocalDate date, String issuer, String summary, String source) {
    }

    record Signature(String authority, String title, String name, String source) {
    }
}

package vn.trienkhai.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.trienkhai.organisation.OrganisationUnit;
import vn.trienkhai.organisation.UnitKind;

class ReportRecipientsTests {

    private static final OrganisationUnit CITY = new OrganisationUnit("HP-UBND", "Ủy ban nhân dân thành phố Hải Phòng",
            UnitKind.CITY_BODY);
    private static final OrganisationUnit WARD = unit("AQ-UBND", "Ủy ban nhân dân phường Ái Quốc", UnitKind.WARD, CITY);
    private static final OrganisationUnit OFFICE = unit("AQ-PKTHT", "Phòng Kinh tế - Hạ tầng", UnitKind.DEPARTMENT, WARD);
    private static final OrganisationUnit CITY_PARTY = new OrganisationUnit("HP-TU", "Thành ủy Hải Phòng",
            UnitKind.PARTY_COMMITTEE);
    private static final OrganisationUnit PROPAGANDA = unit("HP-BTG", "Ban Tuyên giáo Thành ủy", UnitKind.DEPARTMENT,
            CITY_PARTY);

    @Test
    void byDefaultAStateReportGoesUpToTheDirectivesIssuerTheSuperiorAndLeadership() {
        Plan plan = plan(WARD, OFFICE, PlanLayout.STATE);
        plan.implement(new Directive("08-CT/TU", LocalDate.of(2026, 3, 4), "Ban Thường vụ Thành ủy Hải Phòng", "…"), null);

        assertThat(ReportRecipients.of(plan)).containsExactly(
                "Ban Thường vụ Thành ủy Hải Phòng (để báo cáo)",
                "Ủy ban nhân dân thành phố Hải Phòng (để báo cáo)",
                "Lãnh đạo Ủy ban nhân dân phường Ái Quốc (để báo cáo)",
                "Lưu: VT, PKTHT");
    }

    @Test
    void aPartyBodyWithoutSuperiorInTheTreeArchivesAtItsOffice() {
        Plan plan = plan(CITY_PARTY, PROPAGANDA, PlanLayout.PARTY);
        plan.implement(new Directive("23-CT/TW", LocalDate.of(2023, 5, 25), "Ban Bí thư Trung ương Đảng", "…"), null);

        assertThat(ReportRecipients.of(plan)).containsExactly(
                "Ban Bí thư Trung ương Đảng (để báo cáo)",
                "Thường trực Thành ủy Hải Phòng (để báo cáo)",
                "Lưu Văn phòng Thành ủy Hải Phòng");
    }

    @Test
    void aPlanImplementingAnotherReportsToThatPlansIssuerOnceEvenWhenItIsAlsoTheSuperior() {
        Plan parent = plan(CITY, CITY, PlanLayout.STATE);
        Plan plan = plan(WARD, OFFICE, PlanLayout.STATE);
        plan.implement(null, parent);

        assertThat(ReportRecipients.of(plan)).containsExactly(
                "Ủy ban nhân dân thành phố Hải Phòng (để báo cáo)",
                "Lãnh đạo Ủy ban nhân dân phường Ái Quốc (để báo cáo)",
                "Lưu: VT, PKTHT");
    }

    @Test
    void theLinesOfThePlanDocumentReplaceTheDefault() {
        Plan plan = plan(WARD, OFFICE, PlanLayout.STATE);
        plan.getReportRecipients().addAll(java.util.List.of("Ban Thường vụ Thành ủy Hải Phòng (để báo cáo)", "Lưu: VT"));

        assertThat(ReportRecipients.of(plan))
                .containsExactly("Ban Thường vụ Thành ủy Hải Phòng (để báo cáo)", "Lưu: VT");
    }

    @Test
    void theShortCodeDropsThePrefixItSharesWithTheIssuingUnit() {
        assertThat(ReportRecipients.shortCode("AQ-PKTHT", "AQ-UBND")).isEqualTo("PKTHT");
        assertThat(ReportRecipients.shortCode("HP-BTG", "AQ-UBND")).isEqualTo("HP-BTG");
        assertThat(ReportRecipients.shortCode("VP", "UBND")).isEqualTo("VP");
    }

    private static Plan plan(OrganisationUnit issuing, OrganisationUnit lead, PlanLayout layout) {
        Plan plan = new Plan("/KH", issuing, "Ái Quốc", null, "Kế hoạch thử", layout, LocalDate.of(2026, 12, 31));
        plan.getLeadUnits().add(lead);
        return plan;
    }

    private static OrganisationUnit unit(String code, String name, UnitKind kind, OrganisationUnit parent) {
        OrganisationUnit unit = new OrganisationUnit(code, name, kind);
        unit.update(name, kind, parent);
        return unit;
    }
}

package vn.trienkhai.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.trienkhai.organisation.OrganisationUnit;
import vn.trienkhai.organisation.UnitKind;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.PlanLayout;

class ReportAddresseesTests {

    private final OrganisationUnit cityParty = unit("HP-TU", "Thành ủy Hải Phòng", null, "hp-tu@haiphong.example", null);
    private final OrganisationUnit city = unit("HP-UBND", "Ủy ban nhân dân thành phố Hải Phòng", null, null,
            "hp-ubnd.truong@haiphong.example");
    private final OrganisationUnit ward = unit("AQ-UBND", "Ủy ban nhân dân phường Ái Quốc", city,
            "aq-ubnd@haiphong.example", null);
    private final OrganisationUnit wardParty = unit("HP-DU-AQ", "Đảng ủy phường Ái Quốc", cityParty,
            "hp-du-aq@haiphong.example", null);
    private final OrganisationUnit office = unit("AQ-VP", "Văn phòng HĐND và UBND phường", ward,
            "aq-vp@haiphong.example", null);
    private final OrganisationUnit group1 = unit("AQ-TDP01", "Tổ dân phố số 1", ward, "aq-tdp01@haiphong.example", null);
    private final OrganisationUnit group10 = unit("AQ-TDP10", "Tổ dân phố số 10", ward, "aq-tdp10@haiphong.example", null);
    private final List<OrganisationUnit> tree = List.of(cityParty, city, ward, wardParty, office, group1, group10);

    @Test
    void theRecipientsTheTreeKnowsAndTheVanThuGetTheMailEachOnce() {
        Plan plan = plan(ward, "Ban Thường vụ Thành ủy Hải Phòng (để báo cáo)",
                "Ủy ban nhân dân thành phố Hải Phòng (để báo cáo)", "Thường trực Đảng ủy phường Ái Quốc (để báo cáo)",
                "Thường trực HĐND phường (để báo cáo)", "THÀNH ỦY HẢI PHÒNG", "Lưu: VT, PKTHT");

        assertThat(ReportAddressees.of(plan, tree)).containsExactly(
                new ReportMail.Recipient("Thành ủy Hải Phòng", "hp-tu@haiphong.example"),
                new ReportMail.Recipient("Ủy ban nhân dân thành phố Hải Phòng", "hp-ubnd.truong@haiphong.example"),
                new ReportMail.Recipient("Đảng ủy phường Ái Quốc", "hp-du-aq@haiphong.example"),
                new ReportMail.Recipient("Văn thư Văn phòng HĐND và UBND phường", "aq-vp@haiphong.example"));
        assertThat(ReportAddressees.clerk(plan, tree)).isEqualTo("Văn thư Văn phòng HĐND và UBND phường");
    }

    @Test
    void aNameIsMatchedAsWholeWordsAndTheLongestWins() {
        assertThat(ReportAddressees.named("Tổ dân phố số 10 (để biết)", tree)).contains(group10);
        assertThat(ReportAddressees.named("Tổ dân phố số 1;", tree)).contains(group1);
        assertThat(ReportAddressees.named("Tổ dân phố số 100", tree)).isEmpty();
        assertThat(ReportAddressees.named("Các Tổ dân phố", tree)).isEmpty();
    }

    @Test
    void withNothingResolvedTheIssuingBodyItselfGetsTheMailAndItsVanThuDispatches() {
        Plan plan = plan(cityParty, "Ban Bí thư Trung ương Đảng (để báo cáo)", "Lưu Văn phòng Thành ủy");

        assertThat(ReportAddressees.of(plan, tree))
                .containsExactly(new ReportMail.Recipient("Thành ủy Hải Phòng", "hp-tu@haiphong.example"));
        assertThat(ReportAddressees.clerk(plan, tree)).isEqualTo("Văn thư Thành ủy Hải Phòng");
    }

    private static Plan plan(OrganisationUnit issuing, String... recipients) {
        Plan plan = new Plan("/KH", issuing, "Ái Quốc", null, "Kế hoạch thử", PlanLayout.STATE,
                LocalDate.of(2026, 12, 31));
        plan.getReportRecipients().addAll(List.of(recipients));
        return plan;
    }

    private static OrganisationUnit unit(String code, String name, OrganisationUnit parent, String email,
                                         String headEmail) {
        OrganisationUnit unit = new OrganisationUnit(code, name, UnitKind.OTHER);
        unit.update(name, UnitKind.OTHER, parent);
        unit.updateContacts(null, null, headEmail, email);
        return unit;
    }
}

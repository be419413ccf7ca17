package vn.trienkhai.reporting.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.trienkhai.organisation.OrganisationUnit;
import vn.trienkhai.organisation.UnitKind;

/** The collective line above the signature (Nghị định 30/2020/NĐ-CP, Phụ lục I): only for a body run collectively. */
class ReportSignatureTests {

    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Ủy ban nhân dân phường Ái Quốc | KT. CHỦ TỊCH | TM. ỦY BAN NHÂN DÂN",
            "Uỷ ban nhân dân thành phố Hải Phòng | '' | TM. ỦY BAN NHÂN DÂN",
            "UBND phường Ái Quốc | kt. chủ tịch | TM. ỦY BAN NHÂN DÂN",
            "Ủy ban nhân dân phường Ái Quốc | TM. ỦY BAN NHÂN DÂN | ''",
            "Ủy ban nhân dân phường Ái Quốc | TL. CHỦ TỊCH | ''",
            "Hội đồng nhân dân phường Ái Quốc | KT. CHỦ TỊCH | TM. HỘI ĐỒNG NHÂN DÂN",
            "Thành ủy Hải Phòng | T/M BAN THƯỜNG VỤ | ''",
            "Phòng Kinh tế - Hạ tầng | KT. TRƯỞNG PHÒNG | ''",
            "Công an phường Ái Quốc | '' | ''"})
    void aPeoplesCommitteeSignsOnBehalfOfTheBodyAndAnOfficeDoesNot(String unitName, String authority, String expected) {
        OrganisationUnit unit = new OrganisationUnit("X", unitName, UnitKind.WARD);

        assertThat(ReportHeading.collective(unit, authority)).isEqualTo(expected);
    }
}

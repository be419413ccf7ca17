package vn.trienkhai.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import vn.trienkhai.plan.PlanLayout;

class VietnameseFormatTests {

    @Test
    void numbersGroupThousandsWithDotsAndDecimalsWithComma() {
        assertThat(VietnameseFormat.number(new BigDecimal("1234567"))).isEqualTo("1.234.567");
        assertThat(VietnameseFormat.number(new BigDecimal("1234.5"))).isEqualTo("1.234,5");
        assertThat(VietnameseFormat.number(new BigDecimal("-1500"))).isEqualTo("-1.500");
        assertThat(VietnameseFormat.signedNumber(new BigDecimal("12"))).isEqualTo("+12");
        assertThat(VietnameseFormat.signedNumber(BigDecimal.ZERO)).isEqualTo("0");
    }

    @Test
    void sectionsAreNumberedInRomanNumerals() {
        assertThat(VietnameseFormat.roman(1)).isEqualTo("I");
        assertThat(VietnameseFormat.roman(4)).isEqualTo("IV");
        assertThat(VietnameseFormat.roman(7)).isEqualTo("VII");
        assertThat(VietnameseFormat.roman(19)).isEqualTo("XIX");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> VietnameseFormat.roman(0));
    }

    @Test
    void percentagesHaveOneDecimalWithComma() {
        assertThat(VietnameseFormat.percent(new BigDecimal("12.5"))).isEqualTo("12,5%");
        assertThat(VietnameseFormat.signedPercent(new BigDecimal("-20"))).isEqualTo("-20,0%");
        assertThat(VietnameseFormat.signedPercent(new BigDecimal("1234.56"))).isEqualTo("+1.234,6%");
    }

    @Test
    void comparisonGivesDifferenceAndPercentUnlessEarlierIsZero() {
        Comparison up = Comparison.of(new BigDecimal("9"), new BigDecimal("8"));
        assertThat(up.difference()).isEqualByComparingTo("1");
        assertThat(up.percentage()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("12.5"));
        assertThat(Comparison.of(BigDecimal.ONE, BigDecimal.ZERO).percentage()).isEmpty();
    }

    @Test
    void datesAreDayMonthYear() {
        assertThat(VietnameseFormat.date(LocalDate.of(2026, 3, 4))).isEqualTo("04/03/2026");
        assertThat(VietnameseFormat.dateTime(LocalDateTime.of(2026, 10, 2, 9, 30))).isEqualTo("09:30 02/10/2026");
    }

    @Test
    void documentDateAndNumberLeaveBlanksForTheClerk() {
        assertThat(ReportWording.dateLine(new DocumentDate("Ái Quốc", null, null, 2026)))
                .isEqualTo("Ái Quốc, ngày    tháng    năm 2026");
        assertThat(ReportWording.dateLine(new DocumentDate("Ái Quốc", 5, 2, 2026)))
                .isEqualTo("Ái Quốc, ngày 05 tháng 02 năm 2026");
        assertThat(ReportWording.dateLine(new DocumentDate("Ái Quốc", 15, 10, 2026)))
                .isEqualTo("Ái Quốc, ngày 15 tháng 10 năm 2026");
        assertThat(ReportWording.numberLine(SampleReports.aiQuoc())).isEqualTo("Số:      /BC-UBND");
        assertThat(ReportWording.numberLine(SampleReports.thanhUy())).isEqualTo("Số 12-BC/TU");
        assertThat(SampleReports.thanhUy().layout()).isEqualTo(PlanLayout.PARTY);
    }
}

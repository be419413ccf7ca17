package vn.trienkhai.holiday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.trienkhai.deadline.Holiday;
import vn.trienkhai.system.FieldError;
import vn.trienkhai.system.InvalidDocumentException;

class HolidayYearValidatorTests {

    @Test
    void acceptsIsoAndVietnameseDatesAndFillsAMissingSource() {
        List<Holiday> days = HolidayYearValidator.validate(2028, new HolidayYearRequest(List.of(
                new HolidayYearRequest.Day("02/09/2028", "Quốc khánh", "DAY_OFF", " "),
                new HolidayYearRequest.Day("2028-01-01", "Tết Dương lịch", "DAY_OFF", "Bộ luật Lao động"),
                new HolidayYearRequest.Day("2028-01-08", "Làm bù", "WORKING_DAY", "Thông báo"))), "Quản trị viên");

        assertThat(days).extracting(Holiday::date).containsExactly(LocalDate.of(2028, 1, 1),
                LocalDate.of(2028, 1, 8), LocalDate.of(2028, 9, 2));
        assertThat(days.get(2).source()).isEqualTo("Quản trị viên");
    }

    @Test
    void refusesEveryBadDayAtOnceNamingItsField() {
        InvalidDocumentException refused = catchThrowableOfType(InvalidDocumentException.class, () ->
                HolidayYearValidator.validate(2028, new HolidayYearRequest(List.of(
                        new HolidayYearRequest.Day("2027-12-31", "Cuối năm", "DAY_OFF", null),
                        new HolidayYearRequest.Day("2028-01-01", "Tết", "DAY_OFF", null),
                        new HolidayYearRequest.Day("01/01/2028", "Tết lần hai", "DAY_OFF", null),
                        new HolidayYearRequest.Day("2028-04-30", " ", "HOLIDAY", null),
                        new HolidayYearRequest.Day("2028-01-03", "Làm bù thứ Hai", "WORKING_DAY", null),
                        new HolidayYearRequest.Day("31/02/2028", "Ngày lạ", "DAY_OFF", null))), "x"));

        assertThat(refused.errors()).extracting(FieldError::field).containsExactly("days[0].date", "days[2].date",
                "days[3].name", "days[3].kind", "days[4].kind", "days[5].date");
        assertThat(refused.errors().get(0).message()).contains("31/12/2027", "không thuộc năm 2028");
        assertThat(refused.errors().get(1).message()).contains("trùng");
        assertThat(refused.errors().get(3).message()).contains("DAY_OFF", "WORKING_DAY", "HOLIDAY");
        assertThat(refused.errors().get(4).message()).contains("thứ Bảy hoặc Chủ nhật", "thứ Hai");
    }

    @Test
    void refusesAnEmptyYearAndAYearOutOfRange() {
        assertThat(catchThrowableOfType(InvalidDocumentException.class, () -> HolidayYearValidator.validate(2028,
                new HolidayYearRequest(List.of()), "x")).errors()).extracting(FieldError::field).containsExactly("days");
        assertThat(catchThrowableOfType(InvalidDocumentException.class, () -> HolidayYearValidator.validate(1999,
                new HolidayYearRequest(List.of()), "x")).errors()).extracting(FieldError::field).containsExactly("year");
    }
}

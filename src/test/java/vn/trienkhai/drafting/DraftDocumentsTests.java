package vn.trienkhai.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.trienkhai.system.InvalidDocumentException;

/** The deadlines the editor sends, as people type them and as the editor shows stored ones. */
class DraftDocumentsTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 2);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "trước ngày 29/01/2027 | \"2027-01-29\"",
            "29/01/2027 | \"2027-01-29\"",
            "trong tháng 3/2027 | {\"month\":\"2027-03\"}",
            "quý I/2027 | {\"quarter\":\"2027-Q1\"}",
            "thường xuyên | \"continuous\"",
            "10 ngày làm việc | {\"workingDays\":10}",
            "continuous | \"continuous\"",
            "2027-05-31 | \"2027-05-31\""})
    void aTypedDeadlineIsStoredInTheDocumentsForm(String typed, String stored) throws Exception {
        ObjectNode document = (ObjectNode) JSON.readTree("{\"plan\":{\"endDate\":\"2027-12-31\"},\"tasks\":[{\"code\":\"1\",\"deadline\":\""
                + typed + "\"}],\"stages\":{\"study\":\"" + typed + "\"}}");

        ObjectNode normalised = DraftDocuments.normalised(document, TODAY);

        assertThat(normalised.at("/tasks/0/deadline").toString()).isEqualTo(stored);
        assertThat(normalised.at("/stages/study").toString()).isEqualTo(stored);
        assertThat(document.at("/tasks/0/deadline").asText()).as("the sent document is left alone").isEqualTo(typed);
    }

    @Test
    void anUnreadableDeadlineIsNamedByItsFieldAndAnEmptyOneIsDropped() throws Exception {
        ObjectNode document = (ObjectNode) JSON.readTree("{\"tasks\":[{\"deadline\":\"\"},{\"deadline\":\"khi nào xong\"}],"
                + "\"stages\":{\"unitPlan\":\"sớm\"}}");

        assertThatThrownBy(() -> DraftDocuments.normalised(document, TODAY))
                .isInstanceOfSatisfying(InvalidDocumentException.class, refused -> assertThat(refused.errors())
                        .extracting(error -> error.field()).containsExactly("tasks[1].deadline", "stages.unitPlan"));
        ObjectNode fine = (ObjectNode) JSON.readTree("{\"tasks\":[{\"deadline\":\"  \"}]}");
        assertThat(DraftDocuments.normalised(fine, TODAY).at("/tasks/0").has("deadline")).isFalse();
    }

    @Test
    void theRefusalOfAFormNamesFieldsAsTheEditorDoes() {
        assertThat(FieldLabels.of("tasks[2].lead")).isEqualTo("Nhiệm vụ 3 – đơn vị chủ trì");
        assertThat(FieldLabels.of("participants[0].unit")).isEqualTo("Đơn vị tham gia 1 – đơn vị");
        assertThat(FieldLabels.of("metrics[1].key")).isEqualTo("Chỉ tiêu 2 – mã");
        assertThat(FieldLabels.of("plan.signer.name")).isEqualTo("Người ký – họ tên");
        assertThat(FieldLabels.of("escalation.repeatEveryDays")).isEqualTo("Nhắc việc, cảnh báo");
        assertThat(FieldLabels.of("directive.date")).isEqualTo("Văn bản cấp trên – ngày");
    }
}

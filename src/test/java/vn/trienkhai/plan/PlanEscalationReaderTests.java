package vn.trienkhai.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.trienkhai.system.FieldError;
import vn.trienkhai.system.InvalidDocumentException;

/** The plan document's {@code escalation:} section: its own ladder, each field optional and bounded. */
class PlanEscalationReaderTests {

    @Test
    void noSectionKeepsTheApplicationDefaults() throws IOException {
        ObjectNode document = PlanDocumentReaderTests.smallPlan();
        document.remove("escalation");

        assertThat(PlanDocumentReader.read(document, PlanDocumentReaderTests.REFERENCES).escalation()).isNull();
    }

    @Test
    void everyFieldIsReadAtTheEndsOfItsRange() throws IOException {
        ObjectNode document = PlanDocumentReaderTests.smallPlan();
        document.putObject("escalation").put("reminderWorkingDaysBefore", 0).put("unitHeadAfterDays", 30)
                .put("leadOfficeAfterWorkingDays", 0).put("leadershipAfterWorkingDays", 60).put("repeatEveryDays", 1);

        assertThat(read(document)).isEqualTo(new EscalationPolicy(0, 30, 0, 60, 1));

        document.putObject("escalation").put("reminderWorkingDaysBefore", 30).put("unitHeadAfterDays", 0)
                .put("leadOfficeAfterWorkingDays", 60).put("leadershipAfterWorkingDays", 0).put("repeatEveryDays", 90);
        assertThat(read(document)).isEqualTo(new EscalationPolicy(30, 0, 60, 0, 90));
    }

    @Test
    void aMissingFieldStaysEmptySoTheDefaultApplies() throws IOException {
        ObjectNode document = PlanDocumentReaderTests.smallPlan();
        document.putObject("escalation").put("repeatEveryDays", 14).putNull("unitHeadAfterDays");

        assertThat(read(document)).isEqualTo(new EscalationPolicy(null, null, null, null, 14));
    }

    @ParameterizedTest
    @CsvSource({
            "reminderWorkingDaysBefore, -1, 0, 30", "reminderWorkingDaysBefore, 31, 0, 30",
            "unitHeadAfterDays, -1, 0, 30", "unitHeadAfterDays, 31, 0, 30",
            "leadOfficeAfterWorkingDays, -1, 0, 60", "leadOfficeAfterWorkingDays, 61, 0, 60",
            "leadershipAfterWorkingDays, -1, 0, 60", "leadershipAfterWorkingDays, 61, 0, 60",
            "repeatEveryDays, 0, 1, 90", "repeatEveryDays, 91, 1, 90"})
    void aValueOutOfRangeIsRefusedWithItsPath(String field, int value, int min, int max) throws IOException {
        ObjectNode document = PlanDocumentReaderTests.smallPlan();
        document.putObject("escalation").put(field, value);

        assertThat(errorsOf(document)).containsExactly(
                new FieldError("escalation." + field, "phải là số nguyên từ " + min + " đến " + max));
    }

    @Test
    void notANumberAnUnknownFieldAndNotAnObjectAreRefused() throws IOException {
        ObjectNode document = PlanDocumentReaderTests.smallPlan();
        document.putObject("escalation").put("repeatEveryDays", "weekly").put("leadershipAfterWorkingDays", 2.5)
                .put("reminderDays", 3);

        assertThat(errorsOf(document)).extracting(FieldError::field).containsExactlyInAnyOrder(
                "escalation.repeatEveryDays", "escalation.leadershipAfterWorkingDays", "escalation.reminderDays");

        document.put("escalation", "weekly");
        assertThat(errorsOf(document)).containsExactly(new FieldError("escalation", "phải là một đối tượng"));
    }

    private static EscalationPolicy read(ObjectNode document) {
        return PlanDocumentReader.read(document, PlanDocumentReaderTests.REFERENCES).escalation();
    }

    private static List<FieldError> errorsOf(ObjectNode document) {
        InvalidDocumentException refusal = catchThrowableOfType(InvalidDocumentException.class,
                () -> PlanDocumentReader.read(document, PlanDocumentReaderTests.REFERENCES));
        assertThat(refusal).as("the document should be refused").isNotNull();
        return refusal.errors();
    }
}

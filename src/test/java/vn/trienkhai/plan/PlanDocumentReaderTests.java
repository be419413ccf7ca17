package vn.trienkhai.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.trienkhai.deadline.DeadlineSpec;
import vn.trienkhai.deadline.ReportingFrequency;
import vn.trienkhai.system.DocumentParser;
import vn.trienkhai.system.FieldError;
import vn.trienkhai.system.InvalidDocumentException;

class PlanDocumentReaderTests {

    private static final Set<String> UNITS = Set.of("AQ-UBND", "AQ-PKTHT", "AQ-CA", "AQ-PVHXH", "AQ-TDP01", "AQ-TDP02");
    static final PlanReferences REFERENCES = new PlanReferences() {
        @Override
        public boolean unitExists(String code) {
            return UNITS.contains(code);
        }

        @Override
        public boolean planExists(String number) {
            return "71-KH/ĐU".equals(number);
        }
    };

    static ObjectNode smallPlan() throws IOException {
        try (InputStream in = PlanDocumentReaderTests.class.getResourceAsStream("/plans/small-plan.yaml")) {
            return (ObjectNode) DocumentParser.parseYaml(in.readAllBytes());
        }
    }

    @Test
    void readsAValidPlanWithEveryPart() throws IOException {
        PlanDocument plan = PlanDocumentReader.read(smallPlan(), REFERENCES);

        assertThat(plan.plan().number()).isEqualTo("/KH-UBND");
        assertThat(plan.plan().layout()).isEqualTo(PlanLayout.STATE);
        assertThat(plan.plan().endDate()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(plan.leadUnits()).containsExactly("AQ-PKTHT");
        assertThat(plan.participants()).extracting(PlanDocument.Participant::unit).containsExactly("AQ-TDP01", "AQ-TDP02");
        assertThat(plan.stages().disseminate()).isEqualTo(new DeadlineSpec.EndOfMonth(java.time.YearMonth.of(2026, 7)));
        assertThat(plan.tasks()).extracting(PlanDocument.Task::code).containsExactly("NV1", "NV2");
        assertThat(plan.tasks().get(1).deadline()).isInstanceOf(DeadlineSpec.Continuous.class);
        assertThat(plan.reporting()).isEqualTo(new PlanDocument.Reporting(ReportingFrequency.QUARTER, 3, true));
        assertThat(plan.recipients()).containsExactly("Lưu: VT.");
        assertThat(plan.reportRecipients()).as("absent: the default applies when the report is written").isEmpty();
    }

    @Test
    void reportRecipientsAreReadLikeTheRecipientsInNfc() throws IOException {
        ObjectNode document = smallPlan();
        String decomposed = java.text.Normalizer.normalize("Ban Thường vụ Thành ủy Hải Phòng (để báo cáo)",
                java.text.Normalizer.Form.NFD);
        document.putArray("reportRecipients").add("  " + decomposed + " ").add("Lưu: VT, PKTHT");

        PlanDocument plan = PlanDocumentReader.read(document, REFERENCES);

        assertThat(plan.reportRecipients())
                .containsExactly("Ban Thường vụ Thành ủy Hải Phòng (để báo cáo)", "Lưu: VT, PKTHT");
        assertThat(plan.recipients()).containsExactly("Lưu: VT.");
    }

    @Test
    void badReportRecipientsAreRefusedEachNamedWithTheWholeDocument() throws IOException {
        ObjectNode document = smallPlan();
        ArrayNode lines = document.putArray("reportRecipients");
        lines.add("Ban Thường vụ Thành ủy Hải Phòng (để báo cáo)").add(12).add("   ").add("x".repeat(501));
        lines.addObject().put("line", "Ủy ban nhân dân thành phố");

        assertThat(errorsOf(document)).containsExactly(
                new FieldError("reportRecipients[1]", "phải là một dòng nơi nhận"),
                new FieldError("reportRecipients[2]", "phải là một dòng nơi nhận"),
                new FieldError("reportRecipients[3]", "dài quá 500 ký tự"),
                new FieldError("reportRecipients[4]", "phải là một dòng nơi nhận"));
    }

    @Test
    void reportRecipientsMustBeAList() throws IOException {
        ObjectNode document = smallPlan();
        document.put("reportRecipients", "Ban Thường vụ Thành ủy");

        assertThat(errorsOf(document)).extracting(FieldError::field).containsExactly("reportRecipients");
    }

    @Test
    void anUnknownUnitIsNamedWithItsPath() throws IOException {
        ObjectNode document = smallPlan();
        ((ObjectNode) document.get("tasks").get(1)).put("lead", "AQ-NOPE");

        assertThat(errorsOf(document)).containsExactly(new FieldError("tasks[1].lead", "không có đơn vị mã AQ-NOPE"));
    }

    @Test
    void anImpossibleDateIsRefused() throws IOException {
        ObjectNode document = smallPlan();
        ((ObjectNode) document.get("plan")).put("endDate", "2026-02-30");

        assertThat(errorsOf(document)).extracting(FieldError::field).containsExactly("plan.endDate");
    }

    @Test
    void duplicateCodesUnitsAndMetricsAreRefused() throws IOException {
        ObjectNode document = smallPlan();
        ((ObjectNode) document.get("tasks").get(1)).put("code", "NV1");
        ((ArrayNode) document.get("participants")).add("AQ-TDP01");
        ((ArrayNode) document.get("metrics")).addObject().put("key", "accidents").put("label", "Lặp").put("unit", "vụ");

        assertThat(errorsOf(document)).extracting(FieldError::field)
                .containsExactlyInAnyOrder("tasks[1].code", "participants[2]", "metrics[1].key");
    }

    @Test
    void missingFieldsAreAllListed() throws IOException {
        ObjectNode document = smallPlan();
        ((ObjectNode) document.get("plan")).remove("summary");
        ((ObjectNode) document.get("tasks").get(0)).remove("title");
        document.remove("recipients");
        document.remove("directive");

        assertThat(errorsOf(document)).extracting(FieldError::field)
                .containsExactlyInAnyOrder("plan.summary", "tasks[0].title", "recipients", "directive");
    }

    @Test
    void unknownFieldsAreRefusedSoTyposDoNotPassSilently() throws IOException {
        ObjectNode document = smallPlan();
        ((ObjectNode) document.get("plan")).put("endDay", "2026-12-31");

        assertThat(errorsOf(document)).extracting(FieldError::field).containsExactly("plan.endDay");
    }

    @Test
    void aDeadlineAfterThePlansEndIsRefused() throws IOException {
        ObjectNode document = smallPlan();
        ((ObjectNode) document.get("tasks").get(0)).putObject("deadline").put("quarter", "2027-Q1");

        assertThat(errorsOf(document)).singleElement()
                .satisfies(error -> {
                    assertThat(error.field()).isEqualTo("tasks[0].deadline");
                    assertThat(error.message()).isEqualTo("hạn 31/03/2027 sau ngày kết thúc kế hoạch 31/12/2026");
                });
    }

    @Test
    void datesOutOfOrderAreRefusedWithTheOtherDateAsAUserWritesIt() throws IOException {
        ObjectNode endsBeforeIssued = smallPlan();
        ((ObjectNode) endsBeforeIssued.get("plan")).put("endDate", "2026-06-01");
        ObjectNode issuedBeforeTheDirective = smallPlan();
        ((ObjectNode) issuedBeforeTheDirective.get("plan")).put("date", "2026-01-02");

        assertThat(errorsOf(endsBeforeIssued)).filteredOn(error -> error.field().equals("plan.endDate")).singleElement()
                .extracting(FieldError::message).isEqualTo("trước ngày ban hành kế hoạch (15/06/2026)");
        assertThat(errorsOf(issuedBeforeTheDirective)).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("plan.date");
            assertThat(error.message()).isEqualTo("trước ngày ban hành chỉ thị (05/01/2026)");
        });
    }

    @Test
    void badDeadlinesAndSchedulesCarryTheParsersMessage() throws IOException {
        ObjectNode document = smallPlan();
        ((ObjectNode) document.get("stages")).putObject("study").put("days", 0);
        ((ObjectNode) document.get("reporting")).put("every", "weekly").put("submitWorkingDays", 0);

        assertThat(errorsOf(document)).extracting(FieldError::field)
                .containsExactlyInAnyOrder("stages.study", "reporting.every", "reporting.submitWorkingDays");
    }

    @Test
    void aParentPlanMayReplaceTheDirectiveButMustExist() throws IOException {
        ObjectNode document = smallPlan();
        document.remove("directive");
        document.put("parentPlan", "71-KH/ĐU");
        assertThat(PlanDocumentReader.read(document, REFERENCES).parentPlanNumber()).isEqualTo("71-KH/ĐU");

        document.put("parentPlan", "12-KH/ĐU");
        assertThat(errorsOf(document)).containsExactly(
                new FieldError("parentPlan", "không có kế hoạch số 12-KH/ĐU trong hệ thống"));
    }

    @Test
    void aCoordinatingUnitCannotAlsoLead() throws IOException {
        ObjectNode document = smallPlan();
        ((ArrayNode) document.get("tasks").get(0).get("coordinating")).add("AQ-PKTHT");

        assertThat(errorsOf(document)).extracting(FieldError::field).containsExactly("tasks[0].coordinating");
    }

    @Test
    void textIsNormalisedToNfc() throws IOException {
        ObjectNode document = smallPlan();
        String decomposed = java.text.Normalizer.normalize("Quán triệt", java.text.Normalizer.Form.NFD);
        ((ObjectNode) document.get("tasks").get(0)).put("title", decomposed);

        assertThat(PlanDocumentReader.read(document, REFERENCES).tasks().get(0).title()).isEqualTo("Quán triệt");
    }

    private static java.util.List<FieldError> errorsOf(JsonNode document) {
        InvalidDocumentException refusal = catchThrowableOfType(InvalidDocumentException.class,
                () -> PlanDocumentReader.read(document, REFERENCES));
        assertThat(refusal).as("the document should be refused").isNotNull();
        return refusal.errors();
    }
}

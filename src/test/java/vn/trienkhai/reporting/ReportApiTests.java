package vn.trienkhai.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import vn.trienkhai.notification.MailAttachment;
import vn.trienkhai.notification.ReportMailContent;
import vn.trienkhai.notification.ReportMailSource;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import vn.trienkhai.reporting.store.ReportStore;
import vn.trienkhai.reporting.store.ReportVersion;
import vn.trienkhai.reporting.store.StoredReport;
import vn.trienkhai.security.AccessProvisioning;
import vn.trienkhai.security.UserAccount;

/**
 * The journey of a round's report through /api/reports: the draft listed and downloaded by the lead office, refused
 * to another unit's officer, a final DOCX uploaded (bad and too large files refused), approval, and the mail.
 */
class ReportApiTests extends ReportingProcessTestSupport {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Autowired TestRestTemplate rest;
    @Autowired AccessProvisioning access;
    @Autowired ReportStore store;
    @Autowired ReportMailSource mailSource;

    @BeforeEach
    void users() {
        for (String group : List.of(LEAD_OFFICE, LEADERSHIP, "rt-ca")) {
            access.ensureUser(new UserAccount(group + ".canbo", "Cán bộ", group, null, "pw-" + group, List.of(group)));
        }
    }

    @Test
    void theLeadOfficeDownloadsTheDraftUploadsTheFinalAndLeadershipApprovesItsMail() throws Exception {
        ProcessInstance instance = consolidatedRound();
        long roundId = roundId(instance);
        long draftId = ((Number) runtime.getVariable(instance.getId(), ReportingRoundProcess.REPORT_DOCUMENT_ID))
                .longValue();
        var finalise = task(instance, ReportingRoundProcess.FINALISE, LEAD_OFFICE);
        assertThat(tasks.getVariable(finalise.getId(), "draftDocxUrl")).isEqualTo("/api/reports/" + draftId + "/docx");

        ResponseEntity<List> listed = as(LEAD_OFFICE).getForEntity("/api/reports", List.class);
        assertThat(listed.getBody()).anySatisfy(item -> assertThat((Map<String, Object>) item)
                .containsEntry("id", (int) draftId).containsEntry("status", "DRAFT")
                .containsEntry("roundLabel", "Quý I/2026").containsKey("createdAt"));
        assertThat(as("rt-ca").getForEntity("/api/reports", List.class).getBody()).isEmpty();

        ResponseEntity<byte[]> docx = as(LEAD_OFFICE).getForEntity("/api/reports/" + draftId + "/docx", byte[].class);
        assertThat(docx.getHeaders().getContentType()).hasToString(DOCX);
        assertThat(docx.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo("attachment;"
                + " filename=\"bao-cao-tong-hop-quy-i-2026-du-thao.docx\"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20"
                + "t%E1%BB%95ng%20h%E1%BB%A3p%20Qu%C3%BD%20I-2026%20%28d%E1%BB%B1%20th%E1%BA%A3o%29.docx");
        assertThat(DocumentTexts.docx(docx.getBody())).contains(ReportAssemblyTests.HOSTILE.substring(0, 60));
        ResponseEntity<byte[]> pdf = as(LEADERSHIP).getForEntity("/api/reports/" + draftId + "/pdf", byte[].class);
        assertThat(pdf.getHeaders().getContentType()).hasToString("application/pdf");
        assertThat(DocumentTexts.pdf(pdf.getBody())).contains("<script>alert('x')</script>", "{{ten}}", "Tổ dân phố 3");

        ResponseEntity<Map> stranger = as("rt-ca").getForEntity("/api/reports/" + draftId + "/docx", Map.class);
        assertThat(stranger.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(stranger.getHeaders().getContentType()).hasToString("application/problem+json");
        ResponseEntity<Map> unknown = as(LEAD_OFFICE).getForEntity("/api/reports/987654/pdf", Map.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getHeaders().getContentType()).hasToString("application/problem+json");

        ResponseEntity<Map> notDocx = upload(LEAD_OFFICE, draftId, "<html>không phải Word</html>".getBytes(), "x.docx");
        assertThat(notDocx.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, String>>) notDocx.getBody().get("errors")).singleElement()
                .satisfies(error -> assertThat(error).containsEntry("field", "file"));
        ResponseEntity<Map> tooLarge = upload(LEAD_OFFICE, draftId, new byte[10 * 1024 * 1024 + 1], "lon.docx");
        assertThat(tooLarge.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        byte[] edited = DocumentTexts.docxWith("Bản hoàn thiện đã chỉnh sửa");
        assertThat(upload("rt-ca", draftId, edited, "final.docx").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map> accepted = upload(LEAD_OFFICE, draftId, edited, "Bản cuối.docx");
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(accepted.getBody()).containsEntry("status", "FINAL").containsEntry("pdfFromDraft", true)
                .containsEntry("createdBy", LEAD_OFFICE + ".canbo");

        completeAs(LEAD_OFFICE, finalise, Map.of("finalNote", "Đã chỉnh sửa phần đánh giá."));
        StoredReport finalReport = store.find(roundId, ReportVersion.FINAL).orElseThrow();
        assertThat(finalReport.id()).isEqualTo(((Number) accepted.getBody().get("id")).longValue());
        var approve = task(instance, ReportingRoundProcess.APPROVE, LEADERSHIP);
        assertThat(tasks.getVariable(approve.getId(), "finalDocxUrl"))
                .isEqualTo("/api/reports/" + finalReport.id() + "/docx");
        ResponseEntity<byte[]> finalDocx = as(LEADERSHIP).getForEntity(
                "/api/reports/" + finalReport.id() + "/docx", byte[].class);
        assertThat(DocumentTexts.docx(finalDocx.getBody())).contains("Bản hoàn thiện đã chỉnh sửa");
        assertThat(upload(LEAD_OFFICE, draftId, edited, "muon.docx").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        completeAs(LEADERSHIP, approve, Map.of("decision", "accept"));
        executeJob(instance, ReportingRoundProcess.SEND);
        ArgumentCaptor<ReportMail> mail = ArgumentCaptor.forClass(ReportMail.class);
        verify(mailer).send(mail.capture());
        assertThat(mail.getValue().idempotencyKey()).isEqualTo("report-round-" + roundId);
        assertThat(mail.getValue().recipients()).as("the only recipient line the tree knows: the ward's leadership")
                .extracting(ReportMail.Recipient::email).containsExactly("rt-ubnd@thu-nghiem.example");
        assertThat(mail.getValue().copyTo()).containsExactly("Ban Thường vụ Thành ủy (để báo cáo)",
                "Lãnh đạo Ủy ban nhân dân phường Thử Nghiệm (để báo cáo)", "Lưu: VT, PKT");
        assertThat(mail.getValue().reportDocumentId()).isEqualTo(finalReport.id());
        ReportMailContent sent = mailSource.load(mail.getValue().reportDocumentId()).orElseThrow();
        assertThat(sent.dispatcher()).isEqualTo("Văn thư Ủy ban nhân dân phường Thử Nghiệm");
        assertThat(sent.attachments()).extracting(MailAttachment::fileName)
                .containsExactly("Báo cáo tổng hợp Quý I-2026.docx", "Báo cáo tổng hợp Quý I-2026.pdf");
        assertThat(sent.attachments().get(0).content()).isEqualTo(edited);
        assertThat(sent.pdfFromDraft()).as("the PDF is the draft's; the edited Word file is the final").isTrue();
    }

    @Test
    void finalisingWithoutAnUploadKeepsTheDraftAsTheFinalWhenTheLeadOfficeConfirms() throws Exception {
        ProcessInstance instance = consolidatedRound();
        completeAs(LEAD_OFFICE, task(instance, ReportingRoundProcess.FINALISE, LEAD_OFFICE),
                Map.of("keepDraftConfirmed", true));

        StoredReport finalReport = store.find(roundId(instance), ReportVersion.FINAL).orElseThrow();
        assertThat(finalReport.pdfFromDraft()).isFalse();
        assertThat(finalReport.createdBy()).isEqualTo(LEAD_OFFICE + ".canbo");
        ResponseEntity<List> listed = rest.withBasicAuth("admin", "admin-test").getForEntity("/api/reports", List.class);
        assertThat(listed.getBody()).extracting(item -> ((Map<String, Object>) item).get("status"))
                .contains("DRAFT", "FINAL");
        verify(mailer, org.mockito.Mockito.never()).send(any());
    }

    private ProcessInstance consolidatedRound() throws Exception {
        ProcessInstance instance = startTopRound();
        for (String unit : new String[] {"RT-CA", "RT-KP1"}) {
            String group = vn.trienkhai.organisation.OrganisationUnit.groupIdFor(unit);
            completeAs(group, task(instance, ReportingRoundProcess.SUBMIT_UNIT_REPORT, group), Map.of(
                    "figure_accidents", 2, "figure_fines", 1500, "figure_checkpoints", 1,
                    "results", unit.equals("RT-CA") ? ReportAssemblyTests.HOSTILE : "Đã tuần tra."));
            review(instance, unit, "accept", null);
        }
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(
                java.util.Date.from(java.time.Instant.parse("2026-03-19T17:00:00Z")));
        executeJob(instance, ReportingRoundProcess.CONSOLIDATION_DEADLINE);
        executeJob(instance, ReportingRoundProcess.CONSOLIDATE);
        executeJob(instance, ReportingRoundProcess.ASSEMBLE);
        return instance;
    }

    private TestRestTemplate as(String group) {
        return rest.withBasicAuth(group + ".canbo", "pw-" + group);
    }

    private ResponseEntity<Map> upload(String group, long reportId, byte[] content, String fileName) {
        LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return as(group).postForEntity("/api/reports/" + reportId + "/final", new HttpEntity<>(body, headers),
                Map.class);
    }
}

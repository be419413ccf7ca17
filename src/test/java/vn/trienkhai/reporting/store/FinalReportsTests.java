package vn.trienkhai.reporting.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.util.unit.DataSize;
import vn.trienkhai.reporting.ReportRoundRepository;

/** The draft becomes the final only when the lead office confirms it; an uploaded final needs no confirmation. */
class FinalReportsTests {

    static final long ROUND = 7;
    static final Instant AT = Instant.parse("2026-10-05T02:00:00Z");

    final ReportStore store = mock(ReportStore.class);
    final FinalReports finals = new FinalReports(store, mock(ReportAccess.class), mock(ReportRoundRepository.class),
            DataSize.ofMegabytes(10));

    static StoredReport report(long id, ReportVersion version, boolean pdfFromDraft) {
        return new StoredReport(id, 1, "12/KH-UBND", "Kế hoạch", 2, ROUND, "Quý III/2026", "pi", version, 10, 10,
                pdfFromDraft, AT, "aq-pktht.canbo");
    }

    void draftOnly() {
        when(store.find(ROUND, ReportVersion.FINAL)).thenReturn(Optional.empty());
        when(store.find(ROUND, ReportVersion.DRAFT)).thenReturn(Optional.of(report(1, ReportVersion.DRAFT, false)));
        when(store.content(1, DocumentFormat.DOCX)).thenReturn(Optional.of(new byte[] {1}));
        when(store.content(1, DocumentFormat.PDF)).thenReturn(Optional.of(new byte[] {2}));
    }

    @Test
    void anUneditedDraftIsNotKeptWithoutConfirmation() {
        draftOnly();
        assertThat(finals.wouldKeepDraft(ROUND)).isTrue();
        assertThatThrownBy(() -> finals.keepDraftUnlessUploaded(ROUND, "aq-pktht.canbo", AT, false))
                .isInstanceOf(FinalReports.UnconfirmedDraftException.class);
        verify(store, never()).save(any());
    }

    @Test
    void aConfirmedDraftIsSavedAsTheFinalWithTheDraftsBytes() {
        draftOnly();
        when(store.save(any())).thenAnswer(call -> report(3, ReportVersion.FINAL, false));
        assertThat(finals.keepDraftUnlessUploaded(ROUND, "aq-pktht.canbo", AT, true).id()).isEqualTo(3);
        ArgumentCaptor<NewReport> saved = ArgumentCaptor.forClass(NewReport.class);
        verify(store).save(saved.capture());
        assertThat(saved.getValue().version()).isEqualTo(ReportVersion.FINAL);
        assertThat(saved.getValue().docx()).containsExactly(1);
        assertThat(saved.getValue().pdfFromDraft()).isFalse();
        assertThat(saved.getValue().createdBy()).isEqualTo("aq-pktht.canbo");
    }

    @Test
    void anUploadedFinalNeedsNoConfirmation() {
        when(store.find(ROUND, ReportVersion.FINAL)).thenReturn(Optional.of(report(2, ReportVersion.FINAL, true)));
        assertThat(finals.wouldKeepDraft(ROUND)).isFalse();
        assertThat(finals.keepDraftUnlessUploaded(ROUND, "aq-pktht.canbo", AT, false).id()).isEqualTo(2);
        verify(store, never()).save(any());
    }

    @Test
    void theDraftKeptAtAnEarlierFinalisationStillNeedsConfirmationAfterAReturn() {
        when(store.find(ROUND, ReportVersion.FINAL)).thenReturn(Optional.of(report(3, ReportVersion.FINAL, false)));
        assertThat(finals.wouldKeepDraft(ROUND)).isTrue();
        assertThatThrownBy(() -> finals.keepDraftUnlessUploaded(ROUND, "aq-pktht.canbo", AT, false))
                .isInstanceOf(FinalReports.UnconfirmedDraftException.class);
        assertThat(finals.keepDraftUnlessUploaded(ROUND, "aq-pktht.canbo", AT, true).id()).isEqualTo(3);
    }
}

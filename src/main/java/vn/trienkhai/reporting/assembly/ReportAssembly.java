package vn.trienkhai.reporting.assembly;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.trienkhai.reporting.ReportRound;
import vn.trienkhai.reporting.ReportRoundRepository;
import vn.trienkhai.reporting.document.ConsolidatedReport;
import vn.trienkhai.reporting.document.DocxReportWriter;
import vn.trienkhai.reporting.document.PdfReportWriter;
import vn.trienkhai.reporting.document.ReportDocumentWriter;
import vn.trienkhai.reporting.store.NewReport;
import vn.trienkhai.reporting.store.ReportStore;
import vn.trienkhai.reporting.store.ReportVersion;
import vn.trienkhai.reporting.store.StoredReport;

/** Writes a consolidated round's report as DOCX and PDF and stores both as the round's DRAFT (again on a retry). */
@Service
@Transactional
public class ReportAssembly {

    private static final Logger log = LoggerFactory.getLogger(ReportAssembly.class);

    private final ConsolidatedReportBuilder builder;
    private final DocxReportWriter docx;
    private final PdfReportWriter pdf;
    private final ReportStore store;
    private final ReportRoundRepository rounds;

    ReportAssembly(ConsolidatedReportBuilder builder, DocxReportWriter docx, PdfReportWriter pdf, ReportStore store,
                   ReportRoundRepository rounds) {
        this.builder = builder;
        this.docx = docx;
        this.pdf = pdf;
        this.store = store;
        this.rounds = rounds;
    }

    public StoredReport assemble(long roundId, Instant at) {
        ReportRound round = rounds.findById(roundId)
                .orElseThrow(() -> new IllegalStateException("No reporting round " + roundId));
        ConsolidatedReport report = builder.build(roundId, at);
        byte[] docxBytes = write(docx, report);
        byte[] pdfBytes = write(pdf, report);
        StoredReport stored = store.save(new NewReport(round.getPlanId(), round.getRolloutId(), roundId,
                round.getProcessInstanceId(), ReportVersion.DRAFT, docxBytes, pdfBytes, false, null, at));
        log.info("Report of round {} ({}) assembled: {} units, DOCX {} bytes, PDF {} bytes, document {}", roundId,
                round.getPeriodLabel(), report.lines().counts().total(), docxBytes.length, pdfBytes.length, stored.id());
        return stored;
    }

    /** Writes the report in one format. */
    public static byte[] write(ReportDocumentWriter writer, ConsolidatedReport report) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            writer.write(report, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the report as " + writer.extension(), e);
        }
    }
}

package vn.trienkhai.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import org.junit.jupiter.api.Test;

/** A report over 5,000 units and 10 metrics is written whole (timing belongs to the benchmark, not here). */
class LargeReportTests {

    private static final ConsolidatedReport LARGE = SampleReports.large(5_000, 10);

    @Test
    void docxOfFiveThousandUnits() throws IOException {
        CountingStream out = new CountingStream();
        new DocxReportWriter().write(LARGE, out);
        assertThat(out.count).isGreaterThan(100_000);
    }

    @Test
    void pdfOfFiveThousandUnits() throws IOException {
        CountingStream out = new CountingStream();
        new PdfReportWriter().write(LARGE, out);
        assertThat(out.count).isGreaterThan(100_000);
    }

    /** Counts bytes without keeping them. */
    private static final class CountingStream extends OutputStream {
        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}

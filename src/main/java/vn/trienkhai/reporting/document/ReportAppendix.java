package vn.trienkhai.reporting.document;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/** The appendix: the per-unit table, then what each unit wrote. */
final class ReportAppendix {

    static final String FIGURES_HEADING = "1. Số liệu của các đơn vị";
    static final String TEXTS_HEADING = "2. Ý kiến của các đơn vị";

    private ReportAppendix() {
    }

    static String subtitle(ConsolidatedReport report) {
        return "Số liệu và ý kiến của các đơn vị " + SafeText.line(report.periodLabel());
    }

    /** The units' texts, paragraph by paragraph, as they are read; close the stream. */
    static Stream<Paragraph> narratives(ConsolidatedReport report) {
        if (report.lines().counts().texts() == 0) {
            return Stream.of(Paragraph.text("Không có."));
        }
        AtomicInteger position = new AtomicInteger();
        return report.lines().narratives()
                .flatMap(narrative -> paragraphs(position.incrementAndGet(), narrative).stream());
    }

    private static List<Paragraph> paragraphs(int position, UnitNarrative narrative) {
        List<Paragraph> paragraphs = new ArrayList<>(4);
        paragraphs.add(Paragraph.lead("2." + position + ". " + SafeText.line(narrative.unitName())));
        part(paragraphs, "- Kết quả: ", narrative.findings().results());
        part(paragraphs, "- Hạn chế: ", narrative.findings().limitations());
        part(paragraphs, "- Nguyên nhân: ", narrative.findings().causes());
        part(paragraphs, "- Kiến nghị: ", narrative.findings().proposals());
        if (paragraphs.size() == 1) {
            paragraphs.add(Paragraph.text("Đơn vị không nêu ý kiến."));
        }
        return paragraphs;
    }

    private static void part(List<Paragraph> paragraphs, String lead, String raw) {
        String text = SafeText.clean(raw);
        if (!text.isEmpty()) {
            paragraphs.add(new Paragraph(lead, text));
        }
    }
}

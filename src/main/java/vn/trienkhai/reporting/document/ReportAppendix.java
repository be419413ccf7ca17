package vn.trienkhai.reporting.document;

import java.util.ArrayList;
import java.util.List;

/** The appendix: the per-unit table, then what each unit wrote. */
final class ReportAppendix {

    static final String FIGURES_HEADING = "1. Số liệu của các đơn vị";
    static final String TEXTS_HEADING = "2. Ý kiến của các đơn vị";

    private ReportAppendix() {
    }

    static String subtitle(ConsolidatedReport report) {
        return "Số liệu và ý kiến của các đơn vị " + SafeText.line(report.periodLabel());
    }

    static List<Paragraph> narratives(ConsolidatedReport report) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int position = 1;
        for (UnitNarrative narrative : report.narratives()) {
            paragraphs.add(Paragraph.lead("2." + position++ + ". " + SafeText.line(narrative.unitName())));
            int before = paragraphs.size();
            part(paragraphs, "- Kết quả: ", narrative.findings().results());
            part(paragraphs, "- Hạn chế: ", narrative.findings().limitations());
            part(paragraphs, "- Kiến nghị: ", narrative.findings().proposals());
            if (paragraphs.size() == before) {
                paragraphs.add(Paragraph.text("Đơn vị không nêu ý kiến."));
            }
        }
        if (paragraphs.isEmpty()) {
            paragraphs.add(Paragraph.text("Không có."));
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

package vn.trienkhai.reporting.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The body's numbered sections, worded from the report's data: results, figures, the plan's tasks (when it has
 * any), the units' reporting, limitations, the next period's tasks (when the plan has any), proposals.
 */
final class ReportSections {

    /** Beyond this many units of one status, section III points to the appendix instead of naming them. */
    static final int NAMED_UNITS = 30;
    static final String LIMITATIONS = "HẠN CHẾ, KHÓ KHĂN";
    static final String LIMITATIONS_AND_CAUSES = "HẠN CHẾ, KHÓ KHĂN VÀ NGUYÊN NHÂN";
    static final String PROPOSALS = "KIẾN NGHỊ, ĐỀ XUẤT";

    private ReportSections() {
    }

    static List<Section> of(ConsolidatedReport report) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("KẾT QUẢ THỰC HIỆN", results(report), Optional.empty()));
        sections.add(new Section("SỐ LIỆU TỔNG HỢP", figuresIntro(report), Optional.of(ReportTables.totals(report))));
        PlanTaskSections.progress(report.planTasks()).ifPresent(sections::add);
        sections.add(new Section("TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ", submissions(report), Optional.empty()));
        sections.add(limitations(report));
        PlanTaskSections.nextPeriod(report).ifPresent(sections::add);
        sections.add(new Section(PROPOSALS, gathered(report, Findings::proposals, UnitCounts::proposals,
                "Các đơn vị kiến nghị, đề xuất:", "kiến nghị, đề xuất"), Optional.empty()));
        return numbered(sections);
    }

    /**
     * Hạn chế, khó khăn; and, when units wrote their causes (nguyên nhân), "VÀ NGUYÊN NHÂN" in the heading with the
     * two parts numbered, each gathered the same way.
     */
    private static Section limitations(ConsolidatedReport report) {
        List<Paragraph> limitations = gathered(report, Findings::limitations, UnitCounts::limitations,
                "Các đơn vị nêu những hạn chế, khó khăn sau:", "hạn chế, khó khăn");
        boolean causes = report.lines().counts().causes() > 0 || !SafeText.clean(report.findings().causes()).isEmpty();
        if (!causes) {
            return new Section(LIMITATIONS, limitations, Optional.empty());
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        paragraphs.add(Paragraph.lead("1. Hạn chế, khó khăn"));
        paragraphs.addAll(limitations);
        paragraphs.add(Paragraph.lead("2. Nguyên nhân"));
        paragraphs.addAll(gathered(report, Findings::causes, UnitCounts::causes,
                "Các đơn vị nêu những nguyên nhân sau:", "nguyên nhân"));
        return new Section(LIMITATIONS_AND_CAUSES, paragraphs, Optional.empty());
    }

    /**
     * The sentence before section I, citing the plan and the directive; without one (a report built by hand), a
     * standard sentence naming the issuing body and the period.
     */
    static Paragraph opening(ConsolidatedReport report) {
        String own = SafeText.clean(report.opening());
        return Paragraph.text(own.isEmpty()
                ? SafeText.line(report.issuingBody().name()) + " báo cáo kết quả thực hiện Kế hoạch "
                        + SafeText.line(report.periodLabel()) + " như sau:"
                : own);
    }

    /** "I. KẾT QUẢ THỰC HIỆN", "II. …": the sections numbered in the order they are printed. */
    private static List<Section> numbered(List<Section> sections) {
        List<Section> numbered = new ArrayList<>(sections.size());
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            numbered.add(new Section(VietnameseFormat.roman(i + 1) + ". " + section.heading(), section.paragraphs(),
                    section.table()));
        }
        return numbered;
    }

    private static List<Paragraph> results(ConsolidatedReport report) {
        List<Paragraph> paragraphs = new ArrayList<>();
        String own = SafeText.clean(report.findings().results());
        if (!own.isEmpty()) {
            paragraphs.add(Paragraph.text(own));
        }
        OutreachSummary outreach = report.outreach();
        paragraphs.add(new Paragraph("1. Công tác học tập, quán triệt: ", "tổ chức " + count(outreach.studySessions())
                + " buổi với " + count(outreach.studyParticipants()) + " lượt người tham dự."));
        paragraphs.add(new Paragraph("2. Công tác tuyên truyền: ", "tổ chức " + count(outreach.outreachSessions())
                + " buổi với " + count(outreach.outreachReach()) + " lượt người được tuyên truyền."));
        if (report.lines().counts().texts() > 0) {
            GatheredTexts.Gathered results = gather(report, Findings::results);
            if (!results.isEmpty()) {
                paragraphs.add(Paragraph.lead("3. Kết quả cụ thể của các đơn vị:"));
                paragraphs.addAll(lines(results, "Kết quả"));
            }
        }
        paragraphs.add(Paragraph.text("Số liệu tổng hợp tại mục II; số liệu và ý kiến của từng đơn vị tại Phụ lục "
                + "kèm theo."));
        return paragraphs;
    }

    private static List<Paragraph> figuresIntro(ConsolidatedReport report) {
        long reported = report.lines().counts().reported();
        List<Paragraph> paragraphs = new ArrayList<>();
        paragraphs.add(Paragraph.text("Tổng hợp số liệu " + SafeText.line(report.periodLabel()) + " của "
                + count(reported) + " đơn vị đã báo cáo, so sánh với kỳ trước và cùng kỳ năm trước:"));
        paragraphs.addAll(FigureAssessment.of(report));
        return paragraphs;
    }

    private static List<Paragraph> submissions(ConsolidatedReport report) {
        UnitCounts counts = report.lines().counts();
        return List.of(
                Paragraph.text("Tổng số đơn vị phải báo cáo: " + count(counts.total()) + "; đúng hạn: "
                        + count(counts.onTime()) + "; chậm: " + count(counts.late()) + "; chưa báo cáo: "
                        + count(counts.missing()) + "."),
                unitList(report, "1. Đơn vị báo cáo đúng hạn", SubmissionStatus.ON_TIME, counts.onTime()),
                unitList(report, "2. Đơn vị báo cáo chậm", SubmissionStatus.LATE, counts.late()),
                unitList(report, "3. Đơn vị chưa báo cáo", SubmissionStatus.MISSING, counts.missing()));
    }

    /** The units by name, or, past {@link #NAMED_UNITS} of them, a pointer to the appendix's table. */
    private static Paragraph unitList(ConsolidatedReport report, String lead, SubmissionStatus status, long count) {
        String names;
        if (count == 0) {
            names = "không có.";
        } else if (count > NAMED_UNITS) {
            names = "danh sách tại Phụ lục kèm theo.";
        } else {
            try (Stream<UnitFigures> units = report.lines().units(status)) {
                names = units.map(unit -> SafeText.line(unit.unitName())).collect(Collectors.joining("; ")) + ".";
            }
        }
        return new Paragraph(lead + " (" + count(count) + "): ", names);
    }

    /**
     * The lead office's own text, if any, then what the units wrote, gathered ({@link GatheredTexts}); when nobody
     * wrote anything worth printing, one sentence says so.
     */
    private static List<Paragraph> gathered(ConsolidatedReport report, Function<Findings, String> part,
                                            ToLongFunction<UnitCounts> wrote, String intro, String what) {
        List<Paragraph> paragraphs = new ArrayList<>();
        String own = SafeText.clean(part.apply(report.findings()));
        if (!own.isEmpty()) {
            paragraphs.add(Paragraph.text(own));
        }
        GatheredTexts.Gathered units = wrote.applyAsLong(report.lines().counts()) > 0
                ? gather(report, part) : new GatheredTexts.Gathered(List.of(), 0);
        if (!units.isEmpty()) {
            paragraphs.add(Paragraph.text(intro));
            String others = what.substring(0, 1).toUpperCase(Locale.ROOT) + what.substring(1);
            paragraphs.addAll(lines(units, others));
        } else if (own.isEmpty()) {
            paragraphs.add(Paragraph.text("Các đơn vị không nêu " + what + "."));
        }
        return paragraphs;
    }

    private static GatheredTexts.Gathered gather(ConsolidatedReport report, Function<Findings, String> part) {
        try (Stream<UnitNarrative> narratives = report.lines().narratives()) {
            return GatheredTexts.of(narratives, part);
        }
    }

    /** One paragraph per text, then where the texts not printed are ("Hạn chế, khó khăn của 5 đơn vị khác …"). */
    private static List<Paragraph> lines(GatheredTexts.Gathered gathered, String what) {
        List<Paragraph> paragraphs = new ArrayList<>();
        List<GatheredTexts.Line> lines = gathered.lines();
        for (int i = 0; i < lines.size(); i++) {
            paragraphs.add(Paragraph.text(GatheredTexts.item(lines.get(i), i == lines.size() - 1)));
        }
        if (gathered.otherUnits() > 0) {
            paragraphs.add(Paragraph.text(what + " của " + count(gathered.otherUnits())
                    + " đơn vị khác tại Phụ lục kèm theo."));
        }
        return paragraphs;
    }

    private static String count(long value) {
        return VietnameseFormat.number(BigDecimal.valueOf(value));
    }
}

package vn.trienkhai.reporting.document;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.trienkhai.plan.PlanLayout;

/** Known reports after the two seed plans: UBND phường Ái Quốc (state) and Thành ủy Hải Phòng (Party). */
final class SampleReports {

    static final List<ReportMetric> AI_QUOC_METRICS = List.of(
            new ReportMetric("accidents", "Số vụ tai nạn giao thông", "vụ"),
            new ReportMetric("deaths", "Số người chết", "người"),
            new ReportMetric("fines", "Số tiền phạt", "đồng"),
            new ReportMetric("studySessions", "Số buổi học tập, quán triệt", "buổi"));

    private SampleReports() {
    }

    static ConsolidatedReport aiQuoc() {
        return aiQuoc(new Findings("", "", ""), "Tổ dân phố số 1");
    }

    static ConsolidatedReport aiQuoc(Findings unitText, String firstUnitName) {
        List<UnitFigures> units = List.of(
                new UnitFigures(firstUnitName, SubmissionStatus.ON_TIME, LocalDateTime.of(2026, 10, 2, 9, 30),
                        figures(3, 1, 1_234_567, 2)),
                new UnitFigures("Công an phường", SubmissionStatus.LATE, LocalDateTime.of(2026, 10, 9, 16, 5),
                        figures(5, 0, 8_000_000, 1)),
                new UnitFigures("Tổ dân phố số 2", SubmissionStatus.MISSING, null, Map.of()));
        List<MetricTotal> totals = List.of(
                MetricTotal.of("accidents", BigDecimal.valueOf(8), BigDecimal.valueOf(10), BigDecimal.valueOf(8)),
                MetricTotal.of("deaths", BigDecimal.ONE, BigDecimal.ZERO, null),
                MetricTotal.of("fines", BigDecimal.valueOf(9_234_567), BigDecimal.valueOf(8_208_504), null),
                MetricTotal.of("studySessions", BigDecimal.valueOf(3), null, null));
        return new ConsolidatedReport(
                new IssuingBody("UBND thành phố Hải Phòng", "UBND phường Ái Quốc"), PlanLayout.STATE,
                DocumentNumber.blank("/BC-UBND"), new DocumentDate("Ái Quốc", null, null, 2026),
                "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 08-CT/TU quý III/2026", "quý III/2026",
                AI_QUOC_METRICS, totals, UnitLines.of(units, List.of(new UnitNarrative(firstUnitName, unitText),
                        new UnitNarrative("Công an phường", new Findings("Tuần tra 40 ca.", "Thiếu nhân lực.", "")))),
                new OutreachSummary(3, 1_250, 12, 15_400), Findings.NONE, new Signature("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Thảo"),
                AI_QUOC_RECIPIENTS);
    }

    /** The report's own nơi nhận, upward; one line copied with its punctuation as a clerk would paste it. */
    static final List<String> AI_QUOC_RECIPIENTS = List.of("Ban Thường vụ Thành ủy Hải Phòng (để báo cáo)",
            "Ủy ban nhân dân thành phố Hải Phòng (để báo cáo);", "Thường trực Đảng ủy phường Ái Quốc (để báo cáo)",
            "Chủ tịch, các Phó Chủ tịch UBND phường", "Lưu: VT, PKTHT");
    static final List<String> THANH_UY_RECIPIENTS = List.of("Ban Bí thư Trung ương Đảng (để báo cáo)",
            "Văn phòng Trung ương Đảng (để báo cáo)", "Lưu Văn phòng Thành ủy");

    static ConsolidatedReport thanhUy() {
        List<ReportMetric> metrics = List.of(
                new ReportMetric("studySessions", "Số hội nghị học tập, quán triệt", "hội nghị"),
                new ReportMetric("accidents", "Số vụ tai nạn giao thông", "vụ"));
        return new ConsolidatedReport(
                new IssuingBody("Đảng bộ thành phố Hải Phòng", "Thành ủy"), PlanLayout.PARTY,
                new DocumentNumber(12, "-BC/TU"), new DocumentDate("Hải Phòng", 5, 2, 2026),
                "Kết quả thực hiện Kế hoạch học tập Chỉ thị số 23-CT/TW năm 2025", "năm 2025", metrics,
                List.of(MetricTotal.of("studySessions", BigDecimal.valueOf(42), BigDecimal.valueOf(40), null)),
                UnitLines.of(List.of(new UnitFigures("Ban Tuyên giáo Thành ủy", SubmissionStatus.ON_TIME,
                        LocalDateTime.of(2026, 1, 20, 8, 0), Map.of("studySessions", BigDecimal.valueOf(42)))),
                        List.of()),
                new OutreachSummary(42, 3_100, 0, 0), new Findings("Các cấp ủy đã quán triệt đầy đủ.", "", ""),
                new Signature("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Đỗ Mạnh Hiến"),
                THANH_UY_RECIPIENTS);
    }

    static final PlanTasks.Task DONE = new PlanTasks.Task(1,
            "NV1. Tuyên truyền Luật Trật tự, an toàn giao thông đường bộ", "Công an phường", "30/09/2026",
            "Đã thực hiện (Báo cáo số 12/BC-CAP ngày 20/09/2026)", "hoàn thành đúng hạn");
    static final PlanTasks.Task OVERDUE = new PlanTasks.Task(2, "NV2. Lắp đặt biển báo tại các điểm đen",
            "Tổ dân phố số 2", "31/08/2026", "", "đang thực hiện quá hạn");
    static final PlanTasks.Task NEXT_QUARTER = new PlanTasks.Task(3, "NV3. Ra quân xử lý vi phạm lấn chiếm vỉa hè",
            "Công an phường", "30/11/2026", "", "đang thực hiện trong hạn");
    static final PlanTasks.Task CONTINUOUS = new PlanTasks.Task(4, "NV4. Duy trì tuần tra ban đêm",
            "Tổ dân phố số 1", "Thường xuyên", "Duy trì 3 ca mỗi tuần", "đang thực hiện trong hạn");

    /** The Ái Quốc report with four tasks of the plan, one of them due in quý IV/2026. */
    static ConsolidatedReport aiQuocWithTasks() {
        return aiQuoc().withPlanTasks(tasks("quý IV/2026", List.of(DONE, OVERDUE, NEXT_QUARTER, CONTINUOUS),
                List.of(new PlanTasks.Task(1, NEXT_QUARTER.task(), NEXT_QUARTER.lead(), NEXT_QUARTER.deadline(), "",
                        NEXT_QUARTER.status()))));
    }

    static PlanTasks tasks(String nextPeriodLabel, List<PlanTasks.Task> tasks, List<PlanTasks.Task> nextPeriod) {
        return new PlanTasks("TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ CỦA KẾ HOẠCH", List.of("STT", "Nhiệm vụ",
                "Đơn vị chủ trì", "Thời hạn", "Kết quả / sản phẩm", "Tình trạng"), tasks, nextPeriodLabel, nextPeriod);
    }

    /** A report over many units, each with a figure for every metric and a short text. */
    static ConsolidatedReport large(int unitCount, int metricCount) {
        List<ReportMetric> metrics = new ArrayList<>();
        for (int m = 0; m < metricCount; m++) {
            metrics.add(new ReportMetric("m" + m, "Chỉ tiêu số " + (m + 1), "vụ"));
        }
        List<UnitFigures> units = new ArrayList<>(unitCount);
        List<UnitNarrative> narratives = new ArrayList<>(unitCount);
        for (int u = 0; u < unitCount; u++) {
            Map<String, BigDecimal> figures = new LinkedHashMap<>();
            for (ReportMetric metric : metrics) {
                figures.put(metric.key(), BigDecimal.valueOf((u * 7L + metric.key().hashCode()) % 1000));
            }
            String name = "Tổ dân phố số " + (u + 1);
            units.add(new UnitFigures(name, SubmissionStatus.values()[u % 3], LocalDateTime.of(2026, 10, 3, 8, 0),
                    figures));
            narratives.add(new UnitNarrative(name, new Findings("Hoàn thành kế hoạch.", "", "")));
        }
        ConsolidatedReport base = aiQuoc();
        return new ConsolidatedReport(base.issuingBody(), base.layout(), base.number(), base.date(), base.subject(),
                base.periodLabel(), metrics, List.of(), UnitLines.of(units, narratives), base.outreach(),
                base.findings(), base.signature(), base.recipients());
    }

    /** The Ái Quốc report with another trích yếu. */
    static ConsolidatedReport withSubject(String subject) {
        ConsolidatedReport base = aiQuoc();
        return new ConsolidatedReport(base.issuingBody(), base.layout(), base.number(), base.date(), subject,
                base.periodLabel(), base.metrics(), base.totals(), base.lines(), base.outreach(), base.findings(),
                base.signature(), base.recipients());
    }

    private static Map<String, BigDecimal> figures(long accidents, long deaths, long fines, long sessions) {
        return Map.of("accidents", BigDecimal.valueOf(accidents), "deaths", BigDecimal.valueOf(deaths),
                "fines", BigDecimal.valueOf(fines), "studySessions", BigDecimal.valueOf(sessions));
    }
}

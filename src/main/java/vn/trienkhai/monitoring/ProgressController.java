package vn.trienkhai.monitoring;

import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.trienkhai.monitoring.ExportQueries.WholeProgress;
import vn.trienkhai.monitoring.UnitRanking.RankingPage;
import vn.trienkhai.plantask.PlanTaskSheet;
import vn.trienkhai.security.CurrentUser;

/** The progress of a plan for those who may read it, as JSON or as an Excel workbook. */
@RestController
class ProgressController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final PlanTrees trees;
    private final PlanPageQueries page;
    private final RankingQueries ranking;
    private final ExportQueries export;
    private final DashboardQueries dashboard;
    private final ProgressWorkbook workbook;
    private final PlanTaskSheet taskSheet;
    private final NextSteps nextSteps;

    ProgressController(PlanTrees trees, PlanPageQueries page, RankingQueries ranking, ExportQueries export,
                       DashboardQueries dashboard, ProgressWorkbook workbook, PlanTaskSheet taskSheet,
                       NextSteps nextSteps) {
        this.trees = trees;
        this.page = page;
        this.ranking = ranking;
        this.export = export;
        this.dashboard = dashboard;
        this.workbook = workbook;
        this.taskSheet = taskSheet;
        this.nextSteps = nextSteps;
    }

    /** The caller's open tasks in the plan, with their links into Tasklist; only for those who may read the plan. */
    @GetMapping("/api/plans/{planId}/next-steps")
    List<NextSteps.Step> nextSteps(@PathVariable long planId, CurrentUser user) {
        trees.readable(planId, user);
        return nextSteps.of(planId, user);
    }

    @GetMapping("/api/plans/{planId}/progress")
    PlanProgress progress(@PathVariable long planId, CurrentUser user) {
        return page.of(planId, user);
    }

    /** The units of the cascades a unit of the plan started, loaded when the plan page opens that unit. */
    @GetMapping("/api/plans/{planId}/progress/units/{unitCode}/children")
    List<PlanProgress.UnitProgress> children(@PathVariable long planId, @PathVariable String unitCode,
                                             CurrentUser user) {
        return page.children(planId, unitCode, user);
    }

    /** A page of the plan's whole ranking, loaded when the plan page shows more than its head. */
    @GetMapping("/api/plans/{planId}/progress/ranking")
    RankingPage ranking(@PathVariable long planId, @RequestParam(defaultValue = "0") int offset,
                        @RequestParam(defaultValue = "" + RankingQueries.DEFAULT_LIMIT) int limit, CurrentUser user) {
        return ranking.page(planId, offset, limit, user);
    }

    @GetMapping("/api/plans/{planId}/progress.xlsx")
    ResponseEntity<byte[]> workbook(@PathVariable long planId, CurrentUser user) {
        WholeProgress whole = export.whole(planId, user);
        byte[] body = workbook.write(whole.progress(), whole.ranking(), taskSheet.of(planId));
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("tien-do-ke-hoach-" + planId + ".xlsx").build().toString())
                .body(body);
    }

    /** The plans the caller may read that are rolling out or were rolled out, for the Cockpit dashboard. */
    @GetMapping("/api/monitoring/plans")
    List<PlanSummary> plans(CurrentUser user) {
        return dashboard.readable(user);
    }
}

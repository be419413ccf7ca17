package vn.trienkhai.reporting;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** What one unit reported in one round: figures per metric and three texts. */
@Entity
@Table(name = "unit_report")
public class UnitReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long roundId;

    private Long unitId;

    @Enumerated(EnumType.STRING)
    private UnitReportStatus status;

    private Instant submittedAt;

    private Boolean onTime;

    private String submittedBy;

    private int submissions;

    private String results;

    private String limitations;

    private String causes;

    private String proposals;

    private String returnReason;

    private String reviewedBy;

    private Instant reviewedAt;

    @ElementCollection
    @CollectionTable(name = "unit_report_figure", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "metric_key")
    @Column(name = "value")
    private Map<String, BigDecimal> figures = new LinkedHashMap<>();

    protected UnitReport() {
    }

    UnitReport(long roundId, long unitId) {
        this.roundId = roundId;
        this.unitId = unitId;
    }

    static UnitReport missing(long roundId, long unitId) {
        UnitReport report = new UnitReport(roundId, unitId);
        report.status = UnitReportStatus.MISSING;
        return report;
    }

    void submit(UnitReportContent content, String userId, Instant at, Instant deadline) {
        this.figures.clear();
        this.figures.putAll(content.figures());
        this.results = content.results();
        this.limitations = content.limitations();
        this.causes = content.causes();
        this.proposals = content.proposals();
        this.submittedBy = userId;
        this.submittedAt = at;
        this.onTime = !at.isAfter(deadline);
        this.submissions++;
        this.status = UnitReportStatus.SUBMITTED;
    }

    void accept(String userId, Instant at) {
        review(UnitReportStatus.ACCEPTED, null, userId, at);
    }

    void returnForRevision(String reason, String userId, Instant at) {
        review(UnitReportStatus.RETURNED, reason, userId, at);
    }

    /** A report still returned at the consolidation deadline: the lead office refused its figures. */
    void markMissing() {
        this.status = UnitReportStatus.MISSING;
    }

    private void review(UnitReportStatus status, String reason, String userId, Instant at) {
        this.status = status;
        this.returnReason = reason;
        this.reviewedBy = userId;
        this.reviewedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getRoundId() {
        return roundId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public UnitReportStatus getStatus() {
        return status;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Boolean getOnTime() {
        return onTime;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public int getSubmissions() {
        return submissions;
    }

    public String getResults() {
        return results;
    }

    public String getLimitations() {
        return limitations;
    }

    public String getCauses() {
        return causes;
    }

    public String getProposals() {
        return proposals;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public Map<String, BigDecimal> getFigures() {
        return figures;
    }
}

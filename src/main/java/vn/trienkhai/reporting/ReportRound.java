package vn.trienkhai.reporting;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.trienkhai.deadline.ReportingPeriod;

/** One reporting round of one rollout: the period it covers and its deadlines. */
@Entity
@Table(name = "reporting_round")
public class ReportRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long planId;

    private Long rolloutId;

    private int sequence;

    private int level;

    private String periodLabel;

    private boolean finalReview;

    private LocalDate dataFrom;

    private LocalDate cutOff;

    private Instant submissionDeadline;

    private Instant consolidationDeadline;

    private String processInstanceId;

    @Enumerated(EnumType.STRING)
    private RoundStatus status;

    private Instant openedAt;

    private Instant consolidatedAt;

    private Instant sentAt;

    protected ReportRound() {
    }

    ReportRound(long planId, long rolloutId, int sequence, int level, ReportingPeriod period,
                Instant submissionDeadline, Instant consolidationDeadline, String processInstanceId, Instant openedAt) {
        this.planId = planId;
        this.rolloutId = rolloutId;
        this.sequence = sequence;
        this.level = level;
        this.periodLabel = period.label();
        this.finalReview = period.finalReview();
        this.dataFrom = period.dataFrom();
        this.cutOff = period.cutOff();
        this.submissionDeadline = submissionDeadline;
        this.consolidationDeadline = consolidationDeadline;
        this.processInstanceId = processInstanceId;
        this.status = RoundStatus.OPEN;
        this.openedAt = openedAt;
    }

    void consolidated(Instant at) {
        this.status = RoundStatus.CONSOLIDATED;
        this.consolidatedAt = at;
    }

    void moveTo(RoundStatus status) {
        this.status = status;
    }

    void sent(Instant at) {
        this.status = RoundStatus.SENT;
        this.sentAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getPlanId() {
        return planId;
    }

    public Long getRolloutId() {
        return rolloutId;
    }

    public int getSequence() {
        return sequence;
    }

    public int getLevel() {
        return level;
    }

    public String getPeriodLabel() {
        return periodLabel;
    }

    public boolean isFinalReview() {
        return finalReview;
    }

    public LocalDate getDataFrom() {
        return dataFrom;
    }

    public LocalDate getCutOff() {
        return cutOff;
    }

    public Instant getSubmissionDeadline() {
        return submissionDeadline;
    }

    public Instant getConsolidationDeadline() {
        return consolidationDeadline;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public RoundStatus getStatus() {
        return status;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getConsolidatedAt() {
        return consolidatedAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}

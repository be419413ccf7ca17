package vn.trienkhai.plan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.trienkhai.organisation.OrganisationUnit;

/** A plan (kế hoạch): who does what by when, and how they report. */
@Entity
public class Plan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "issuing_unit_id")
    private OrganisationUnit issuingUnit;

    private String place;

    private LocalDate issuedOn;

    private String summary;

    @Enumerated(EnumType.STRING)
    private PlanLayout layout;

    private LocalDate endDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "directive_id")
    private Directive directive;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_plan_id")
    private Plan parentPlan;

    @Embedded
    private Signer signer;

    @Embedded
    private ReportingSchedule reporting;

    @Embedded
    private StageDeadlines stages;

    @Embedded
    private EscalationPolicy escalation;

    private Instant importedAt;

    private String importedBy;

    @ManyToMany
    @JoinTable(name = "plan_lead_unit", joinColumns = @JoinColumn(name = "plan_id"),
            inverseJoinColumns = @JoinColumn(name = "unit_id"))
    @OrderColumn(name = "position")
    private List<OrganisationUnit> leadUnits = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_participant", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<PlanParticipant> participants = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_metric", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<PlanMetric> metrics = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_recipient", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    @Column(name = "recipient")
    private List<String> recipients = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_report_recipient", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    @Column(name = "recipient")
    private List<String> reportRecipients = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = jakarta.persistence.CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PlanTask> tasks = new ArrayList<>();

    protected Plan() {
    }

    public Plan(String number, OrganisationUnit issuingUnit, String place, LocalDate issuedOn, String summary,
                PlanLayout layout, LocalDate endDate) {
        this.number = number;
        this.issuingUnit = issuingUnit;
        this.place = place;
        this.issuedOn = issuedOn;
        this.summary = summary;
        this.layout = layout;
        this.endDate = endDate;
    }

    void implement(Directive directive, Plan parentPlan) {
        this.directive = directive;
        this.parentPlan = parentPlan;
    }

    void schedule(StageDeadlines stages, ReportingSchedule reporting) {
        this.stages = stages;
        this.reporting = reporting;
    }

    void escalate(EscalationPolicy escalation) {
        this.escalation = escalation;
    }

    void signedBy(Signer signer) {
        this.signer = signer;
    }

    void importedBy(String userId, Instant at) {
        this.importedBy = userId;
        this.importedAt = at;
    }

    void addTask(PlanTask task) {
        tasks.add(task);
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public OrganisationUnit getIssuingUnit() {
        return issuingUnit;
    }

    public String getPlace() {
        return place;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public String getSummary() {
        return summary;
    }

    public PlanLayout getLayout() {
        return layout;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public Directive getDirective() {
        return directive;
    }

    public Plan getParentPlan() {
        return parentPlan;
    }

    public Signer getSigner() {
        return signer;
    }

    public ReportingSchedule getReporting() {
        return reporting;
    }

    public StageDeadlines getStages() {
        return stages;
    }

    public EscalationPolicy getEscalation() {
        return escalation;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public String getImportedBy() {
        return importedBy;
    }

    public List<OrganisationUnit> getLeadUnits() {
        return leadUnits;
    }

    public List<PlanParticipant> getParticipants() {
        return participants;
    }

    public List<PlanMetric> getMetrics() {
        return metrics;
    }

    public List<String> getRecipients() {
        return recipients;
    }

    /** The report's nơi nhận as written in the plan document; empty when the default applies ({@link ReportRecipients}). */
    public List<String> getReportRecipients() {
        return reportRecipients;
    }

    public List<PlanTask> getTasks() {
        return tasks;
    }
}

package vn.trienkhai.rollout;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;
import vn.trienkhai.organisation.OrganisationUnit;
import vn.trienkhai.plan.Plan;

/**
 * One plan-rollout process instance: the plan's own rollout (level 0, lead unit null = the plan's
 * lead units) or a cascading unit's rollout over its sub-units (level 1 and below).
 */
@Entity
public class Rollout {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_rollout_id")
    private Rollout parentRollout;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_unit_id")
    private OrganisationUnit leadUnit;

    private int level;

    private LocalDate rolloutDate;

    private String processInstanceId;

    @Enumerated(EnumType.STRING)
    private RolloutStatus status;

    private Instant startedAt;

    private String startedBy;

    protected Rollout() {
    }

    private Rollout(Plan plan, Rollout parentRollout, OrganisationUnit leadUnit, int level, LocalDate rolloutDate,
                    Instant startedAt, String startedBy) {
        this.plan = plan;
        this.parentRollout = parentRollout;
        this.leadUnit = leadUnit;
        this.level = level;
        this.rolloutDate = rolloutDate;
        this.status = RolloutStatus.RUNNING;
        this.startedAt = startedAt;
        this.startedBy = startedBy;
    }

    static Rollout top(Plan plan, LocalDate rolloutDate, Instant startedAt, String startedBy) {
        return new Rollout(plan, null, null, 0, rolloutDate, startedAt, startedBy);
    }

    /** The cascading unit's rollout: same plan and rollout date, one level down. */
    static Rollout cascade(Rollout parent, OrganisationUnit cascadingUnit, Instant startedAt) {
        return new Rollout(parent.plan, parent, cascadingUnit, parent.level + 1, parent.rolloutDate,
                startedAt, null);
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void complete() {
        this.status = RolloutStatus.COMPLETED;
    }

    public Long getId() {
        return id;
    }

    public Plan getPlan() {
        return plan;
    }

    public Rollout getParentRollout() {
        return parentRollout;
    }

    public OrganisationUnit getLeadUnit() {
        return leadUnit;
    }

    public int getLevel() {
        return level;
    }

    public LocalDate getRolloutDate() {
        return rolloutDate;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public RolloutStatus getStatus() {
        return status;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public String getStartedBy() {
        return startedBy;
    }
}

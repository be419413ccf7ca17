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
import vn.trienkhai.organisation.OrganisationUnit;

/** Where one unit stands in one stage of a rollout: due, done when and by whom, on time or late. */
@Entity
public class UnitStageProgress {

    /** ASSIGNED when the units are notified, OPEN while its task waits, RETURNED, DONE. */
    public enum Status { ASSIGNED, OPEN, RETURNED, DONE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rollout_id")
    private Rollout rollout;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private OrganisationUnit unit;

    @Enumerated(EnumType.STRING)
    private Stage stage;

    private Instant dueAt;

    private Instant completedAt;

    private String completedBy;

    private Boolean onTime;

    @Enumerated(EnumType.STRING)
    private Status status;

    private int attempts;

    protected UnitStageProgress() {
    }

    UnitStageProgress(Rollout rollout, OrganisationUnit unit, Stage stage, Instant dueAt) {
        this.rollout = rollout;
        this.unit = unit;
        this.stage = stage;
        this.dueAt = dueAt;
        this.status = Status.ASSIGNED;
    }

    void open(Instant dueAt) {
        this.dueAt = dueAt;
        this.status = Status.OPEN;
        this.completedAt = null;
        this.completedBy = null;
        this.onTime = null;
        this.attempts++;
    }

    void complete(Instant at, String by) {
        this.completedAt = at;
        this.completedBy = by;
        this.onTime = dueAt == null || !at.isAfter(dueAt);
        this.status = Status.DONE;
    }

    /** A later due date (a granted extension, an administrator's edit) counts while the stage is open. */
    void moveDue(Instant dueAt) {
        if (completedAt == null) {
            this.dueAt = dueAt;
        }
    }

    void returned() {
        this.status = Status.RETURNED;
    }

    public Long getId() {
        return id;
    }

    public Rollout getRollout() {
        return rollout;
    }

    public OrganisationUnit getUnit() {
        return unit;
    }

    public Stage getStage() {
        return stage;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public String getCompletedBy() {
        return completedBy;
    }

    public Boolean getOnTime() {
        return onTime;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }
}

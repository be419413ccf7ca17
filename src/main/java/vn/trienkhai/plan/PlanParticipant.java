package vn.trienkhai.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import vn.trienkhai.organisation.OrganisationUnit;

/** A unit taking part in a plan; a cascading unit rolls the plan out to its own sub-units. */
@Embeddable
public class PlanParticipant {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private OrganisationUnit unit;

    @Column(name = "cascades")
    private boolean cascades;

    protected PlanParticipant() {
    }

    public PlanParticipant(OrganisationUnit unit, boolean cascades) {
        this.unit = unit;
        this.cascades = cascades;
    }

    public OrganisationUnit getUnit() {
        return unit;
    }

    public boolean isCascades() {
        return cascades;
    }
}

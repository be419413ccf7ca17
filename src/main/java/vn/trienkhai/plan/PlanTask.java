package vn.trienkhai.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.List;
import vn.trienkhai.organisation.OrganisationUnit;

/** One line of work in a plan (nhiệm vụ): a lead unit, coordinating units, a deadline, an expected output. */
@Entity
public class PlanTask {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    private int position;

    private String code;

    private String title;

    private String description;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lead_unit_id")
    private OrganisationUnit leadUnit;

    @ManyToMany
    @JoinTable(name = "plan_task_coordinator", joinColumns = @JoinColumn(name = "task_id"),
            inverseJoinColumns = @JoinColumn(name = "unit_id"))
    @OrderColumn(name = "position")
    private List<OrganisationUnit> coordinatingUnits = new ArrayList<>();

    /** In {@link DeadlineText} form. */
    private String deadline;

    private String output;

    protected PlanTask() {
    }

    PlanTask(Plan plan, int position, String code, String title, String description, OrganisationUnit leadUnit,
             List<OrganisationUnit> coordinatingUnits, String deadline, String output) {
        this.plan = plan;
        this.position = position;
        this.code = code;
        this.title = title;
        this.description = description;
        this.leadUnit = leadUnit;
        this.coordinatingUnits.addAll(coordinatingUnits);
        this.deadline = deadline;
        this.output = output;
    }

    public Long getId() {
        return id;
    }

    public Plan getPlan() {
        return plan;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public OrganisationUnit getLeadUnit() {
        return leadUnit;
    }

    public List<OrganisationUnit> getCoordinatingUnits() {
        return coordinatingUnits;
    }

    public String getDeadline() {
        return deadline;
    }

    public String getOutput() {
        return output;
    }
}

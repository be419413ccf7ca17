package vn.trienkhai.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A node of the organisation tree; its officers are the members of its Camunda group. */
@Entity
@Table(name = "org_unit")
public class OrganisationUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    private UnitKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private OrganisationUnit parent;

    private String headName;

    private String headTitle;

    private String headEmail;

    private String email;

    @Column(name = "camunda_group_id")
    private String camundaGroupId;

    protected OrganisationUnit() {
    }

    public OrganisationUnit(String code, String name, UnitKind kind) {
        this.code = code;
        this.camundaGroupId = groupIdFor(code);
        update(name, kind, null);
    }

    /** Camunda group ids are the unit code in lower case, e.g. {@code aq-pktht}. */
    public static String groupIdFor(String code) {
        return code.toLowerCase(java.util.Locale.ROOT);
    }

    public void update(String name, UnitKind kind, OrganisationUnit parent) {
        this.name = name;
        this.kind = kind;
        this.parent = parent;
    }

    public void updateContacts(String headName, String headTitle, String headEmail, String email) {
        this.headName = headName;
        this.headTitle = headTitle;
        this.headEmail = headEmail;
        this.email = email;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public UnitKind getKind() {
        return kind;
    }

    public OrganisationUnit getParent() {
        return parent;
    }

    public String getHeadName() {
        return headName;
    }

    public String getHeadTitle() {
        return headTitle;
    }

    public String getHeadEmail() {
        return headEmail;
    }

    public String getEmail() {
        return email;
    }

    public String getCamundaGroupId() {
        return camundaGroupId;
    }
}

package vn.trienkhai.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** A directive (chỉ thị), e.g. {@code 08-CT/TU}, that plans implement. */
@Entity
public class Directive {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String number;

    private LocalDate issuedOn;

    private String issuer;

    private String summary;

    protected Directive() {
    }

    public Directive(String number, LocalDate issuedOn, String issuer, String summary) {
        this.number = number;
        this.issuedOn = issuedOn;
        this.issuer = issuer;
        this.summary = summary;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public String getIssuer() {
        return issuer;
    }

    public String getSummary() {
        return summary;
    }
}

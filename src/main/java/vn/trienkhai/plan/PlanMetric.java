package vn.trienkhai.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A figure the plan's periodic reports carry, e.g. "Số vụ tai nạn giao thông" counted in "vụ". */
@Embeddable
public class PlanMetric {

    @Column(name = "metric_key")
    private String key;

    private String label;

    private String unit;

    protected PlanMetric() {
    }

    public PlanMetric(String key, String label, String unit) {
        this.key = key;
        this.label = label;
        this.unit = unit;
    }

    public String getKey() {
        return key;
    }

    public String getLabel() {
        return label;
    }

    public String getUnit() {
        return unit;
    }
}

package vn.cchc.parindex.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One node of a criteria set's tree, stored flat (parent id, depth, position); the rule is JSON. */
@Entity
@Table(name = "criteria_node")
public class CriteriaNode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "set_id")
    private Long setId;

    @Column(name = "parent_id")
    private Long parentId;

    private String code;
    private String name;
    private int depth;
    private int position;

    @Column(name = "max_points")
    private BigDecimal maxPoints;

    private String method;

    @Column(name = "indicator_key")
    private String indicatorKey;

    @Column(name = "rule_type")
    private String ruleType;

    @Column(name = "rule_json")
    private String ruleJson;

    private boolean sample;

    protected CriteriaNode() {}

    public CriteriaNode(
            Long setId,
            Long parentId,
            String code,
            String name,
            int depth,
            int position,
            BigDecimal maxPoints,
            String method,
            String indicatorKey,
            String ruleType,
            String ruleJson,
            boolean sample) {
        this.setId = setId;
        this.parentId = parentId;
        this.code = code;
        this.name = name;
        this.depth = depth;
        this.position = position;
        this.maxPoints = maxPoints;
        this.method = method;
        this.indicatorKey = indicatorKey;
        this.ruleType = ruleType;
        this.ruleJson = ruleJson;
        this.sample = sample;
    }

    public Long getId() {
        return id;
    }

    public Long getSetId() {
        return setId;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getDepth() {
        return depth;
    }

    public int getPosition() {
        return position;
    }

    public BigDecimal getMaxPoints() {
        return maxPoints;
    }

    public String getMethod() {
        return method;
    }

    public String getIndicatorKey() {
        return indicatorKey;
    }

    public String getRuleType() {
        return ruleType;
    }

    public String getRuleJson() {
        return ruleJson;
    }

    public boolean isSample() {
        return sample;
    }
}

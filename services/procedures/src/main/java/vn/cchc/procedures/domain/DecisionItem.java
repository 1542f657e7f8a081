package vn.cchc.procedures.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What one decision did to one procedure, and the version that resulted. */
@Entity
@Table(name = "decision_item")
public class DecisionItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "decision_id")
    private Long decisionId;

    @Column(name = "procedure_id")
    private Long procedureId;

    @Enumerated(EnumType.STRING)
    private DecisionAction action;

    private int version;

    @Column(name = "replaced_by")
    private String replacedBy;

    protected DecisionItem() {}

    public DecisionItem(Long decisionId, Long procedureId, DecisionAction action, int version, String replacedBy) {
        this.decisionId = decisionId;
        this.procedureId = procedureId;
        this.action = action;
        this.version = version;
        this.replacedBy = replacedBy;
    }

    public Long getDecisionId() {
        return decisionId;
    }

    public Long getProcedureId() {
        return procedureId;
    }

    public DecisionAction getAction() {
        return action;
    }

    public int getVersion() {
        return version;
    }

    public String getReplacedBy() {
        return replacedBy;
    }
}

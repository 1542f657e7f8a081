package vn.cchc.dossiers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A row of the Phiếu kiểm soát (Mẫu 06): a hand-over that ends a step, with its result against the budget. */
@Entity
@Table(name = "dossier_handover")
public class Handover {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_id")
    private Long dossierId;

    @Column(name = "step_no")
    private int stepNo;

    @Column(name = "step_name")
    private String stepName;

    @Column(name = "from_user")
    private String fromUser;

    @Column(name = "from_unit")
    private String fromUnit;

    @Column(name = "to_user")
    private String toUser;

    @Column(name = "to_unit")
    private String toUnit;

    private OffsetDateTime at;

    @Column(name = "budget_hours")
    private BigDecimal budgetHours;

    @Column(name = "used_hours")
    private BigDecimal usedHours;

    @Enumerated(EnumType.STRING)
    private Dossier.Classification result;

    private String note;

    protected Handover() {}

    public Handover(
            Long dossierId,
            int stepNo,
            String stepName,
            String fromUser,
            String fromUnit,
            String toUser,
            String toUnit,
            OffsetDateTime at,
            BigDecimal budgetHours,
            BigDecimal usedHours,
            Dossier.Classification result,
            String note) {
        this.dossierId = dossierId;
        this.stepNo = stepNo;
        this.stepName = stepName;
        this.fromUser = fromUser;
        this.fromUnit = fromUnit;
        this.toUser = toUser;
        this.toUnit = toUnit;
        this.at = at;
        this.budgetHours = budgetHours;
        this.usedHours = usedHours;
        this.result = result;
        this.note = note;
    }

    public int getStepNo() {
        return stepNo;
    }

    public String getStepName() {
        return stepName;
    }

    public String getFromUser() {
        return fromUser;
    }

    public String getFromUnit() {
        return fromUnit;
    }

    public String getToUser() {
        return toUser;
    }

    public String getToUnit() {
        return toUnit;
    }

    public OffsetDateTime getAt() {
        return at;
    }

    public BigDecimal getBudgetHours() {
        return budgetHours;
    }

    public BigDecimal getUsedHours() {
        return usedHours;
    }

    public Dossier.Classification getResult() {
        return result;
    }

    public String getNote() {
        return note;
    }
}

package vn.cchc.procedures.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Niêm yết: a receiving point posts one version of a procedure. */
@Entity
@Table(name = "posting")
public class Posting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_code")
    private String unitCode;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "procedure_id")
    private Procedure procedure;

    private int version;

    @Column(name = "posted_on")
    private LocalDate postedOn;

    @Column(name = "posted_by")
    private String postedBy;

    protected Posting() {}

    public Posting(String unitCode, Procedure procedure, int version, LocalDate postedOn, String postedBy) {
        this.unitCode = unitCode;
        this.procedure = procedure;
        this.version = version;
        this.postedOn = postedOn;
        this.postedBy = postedBy;
    }

    public void repost(int version, LocalDate postedOn, String postedBy) {
        this.version = version;
        this.postedOn = postedOn;
        this.postedBy = postedBy;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public Procedure getProcedure() {
        return procedure;
    }

    public int getVersion() {
        return version;
    }

    public LocalDate getPostedOn() {
        return postedOn;
    }
}

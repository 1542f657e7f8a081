package vn.cchc.dossiers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A clock pause: waiting for the citizen's supplements or financial obligations. */
@Entity
@Table(name = "dossier_pause")
public class DossierPause {

    public enum Kind {
        SUPPLEMENT,
        FINANCIAL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_id")
    private Long dossierId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Kind kind;

    @Column(name = "from_at")
    private OffsetDateTime fromAt;

    @Column(name = "to_at")
    private OffsetDateTime toAt;

    private String note;

    protected DossierPause() {}

    public DossierPause(Long dossierId, Kind kind, OffsetDateTime fromAt, String note) {
        this.dossierId = dossierId;
        this.kind = kind;
        this.fromAt = fromAt;
        this.note = note;
    }

    public void end(OffsetDateTime at) {
        this.toAt = at;
    }

    public Kind getKind() {
        return kind;
    }

    public OffsetDateTime getFromAt() {
        return fromAt;
    }

    public OffsetDateTime getToAt() {
        return toAt;
    }
}

package vn.cchc.dossiers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One step of a dossier's history: who did what when, from which status to which. Never changed. {@code at} is when the
 * step happened (for a dossier imported from an older system, the time that system gives); {@code recordedAt} is when
 * this service wrote it (the import time). The two are the same for steps taken here. See
 * {@code docs/domain/dossier-history.md §1}.
 */
@Entity
@Table(name = "dossier_history")
public class DossierHistory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_id")
    private Long dossierId;

    private OffsetDateTime at;

    @Column(name = "recorded_at")
    private OffsetDateTime recordedAt;

    private String actor;
    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private DossierStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private DossierStatus toStatus;

    private String note;

    protected DossierHistory() {}

    public DossierHistory(
            Long dossierId,
            OffsetDateTime at,
            OffsetDateTime recordedAt,
            String actor,
            String action,
            DossierStatus fromStatus,
            DossierStatus toStatus,
            String note) {
        this.dossierId = dossierId;
        this.at = at;
        this.recordedAt = recordedAt;
        this.actor = actor;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.note = note == null || note.isBlank() ? null : note.trim();
    }

    public OffsetDateTime getAt() {
        return at;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public DossierStatus getFromStatus() {
        return fromStatus;
    }

    public DossierStatus getToStatus() {
        return toStatus;
    }

    public String getNote() {
        return note;
    }
}

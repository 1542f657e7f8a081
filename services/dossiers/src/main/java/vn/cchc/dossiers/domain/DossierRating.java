package vn.cchc.dossiers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The citizen's rating of one dossier (once): criterion → VERY_SATISFIED / SATISFIED / DISSATISFIED. */
@Entity
@Table(name = "dossier_rating")
public class DossierRating {

    @Id
    @Column(name = "dossier_id")
    private Long dossierId;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> answers;

    private boolean dissatisfied;

    @Column(name = "rated_at")
    private OffsetDateTime ratedAt;

    protected DossierRating() {}

    public DossierRating(Long dossierId, Map<String, String> answers, OffsetDateTime ratedAt) {
        this.dossierId = dossierId;
        this.answers = new LinkedHashMap<>(answers);
        this.dissatisfied = answers.values().stream().anyMatch("DISSATISFIED"::equals);
        this.ratedAt = ratedAt;
    }

    public boolean isDissatisfied() {
        return dissatisfied;
    }

    public Map<String, String> getAnswers() {
        return answers;
    }
}

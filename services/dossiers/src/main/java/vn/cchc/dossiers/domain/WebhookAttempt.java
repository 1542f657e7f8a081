package vn.cchc.dossiers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One try of a delivery: when, the HTTP status or the error, how long it took. The last 20 are kept. */
@Entity
@Table(name = "webhook_attempt")
public class WebhookAttempt {

    public static final int KEPT = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "delivery_id")
    private UUID deliveryId;

    @Column(name = "attempted_at")
    private OffsetDateTime attemptedAt;

    @Column(name = "status_code")
    private Integer statusCode;

    private String error;

    @Column(name = "duration_ms")
    private int durationMs;

    protected WebhookAttempt() {}

    public WebhookAttempt(
            UUID deliveryId, OffsetDateTime attemptedAt, Integer statusCode, String error, int durationMs) {
        this.deliveryId = deliveryId;
        this.attemptedAt = attemptedAt;
        this.statusCode = statusCode;
        this.error = error == null || error.length() <= 300 ? error : error.substring(0, 300);
        this.durationMs = durationMs;
    }

    public UUID getDeliveryId() {
        return deliveryId;
    }

    public OffsetDateTime getAttemptedAt() {
        return attemptedAt;
    }

    public Integer getStatusCode() {
        return statusCode;
    }

    public String getError() {
        return error;
    }

    public int getDurationMs() {
        return durationMs;
    }
}

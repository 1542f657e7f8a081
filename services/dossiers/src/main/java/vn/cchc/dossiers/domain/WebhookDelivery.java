package vn.cchc.dossiers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** One event to send to one subscription, tried until a 2xx or until the retry schedule is spent. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    public static final String PENDING = "PENDING";
    public static final String DELIVERED = "DELIVERED";
    public static final String FAILED = "FAILED";

    @Id
    private UUID id;

    @Column(name = "subscription_id")
    private UUID subscriptionId;

    @Column(name = "event_id")
    private String eventId;

    @Column(name = "event_type")
    private String eventType;

    private String subject;
    private String payload;
    private String status;
    private int attempts;
    private int failures;

    @Column(name = "next_attempt_at")
    private OffsetDateTime nextAttemptAt;

    @Column(name = "last_attempt_at")
    private OffsetDateTime lastAttemptAt;

    @Column(name = "last_status")
    private Integer lastStatus;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected WebhookDelivery() {}

    /** The result of one attempt: its HTTP status (null when none came) and an error text. */
    public record Outcome(Integer statusCode, String error) {
        public boolean succeeded() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    /**
     * Records one attempt: delivered on a 2xx; otherwise due again after the schedule's next delay, or FAILED when
     * it is spent. Returns whether it stays pending.
     */
    public boolean attempted(Outcome outcome, OffsetDateTime at, Optional<Duration> retryAfterFailure) {
        attempts++;
        lastAttemptAt = at;
        lastStatus = outcome.statusCode();
        if (outcome.succeeded()) {
            status = DELIVERED;
            nextAttemptAt = null;
            return false;
        }
        failures++;
        if (retryAfterFailure.isEmpty()) {
            status = FAILED;
            nextAttemptAt = null;
            return false;
        }
        nextAttemptAt = at.plus(retryAfterFailure.get());
        return true;
    }

    /** Queued again on request (redeliver): due now, with a fresh retry schedule. */
    public void requeue(OffsetDateTime now) {
        status = PENDING;
        failures = 0;
        nextAttemptAt = now;
    }

    public UUID getId() {
        return id;
    }

    public UUID getSubscriptionId() {
        return subscriptionId;
    }

    public String getEventId() {
        return eventId;
    }

    public String getEventType() {
        return eventType;
    }

    public String getSubject() {
        return subject;
    }

    public String getPayload() {
        return payload;
    }

    public String getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public int getFailures() {
        return failures;
    }

    public OffsetDateTime getNextAttemptAt() {
        return nextAttemptAt;
    }

    public OffsetDateTime getLastAttemptAt() {
        return lastAttemptAt;
    }

    public Integer getLastStatus() {
        return lastStatus;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}

package vn.cchc.dossiers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;

/** A message to the citizen, written with the change and sent later with retries (never blocks the dossier). */
@Entity
@Table(name = "notification")
public class Notification {

    public static final int MAX_ATTEMPTS = 8;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_id")
    private Long dossierId;

    private String channel;
    private String recipient;
    private String template;
    private String subject;
    private String body;
    private String status;
    private int attempts;

    @Column(name = "next_attempt_at")
    private OffsetDateTime nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    protected Notification() {}

    public Notification(
            Long dossierId,
            String channel,
            String recipient,
            String template,
            String subject,
            String body,
            OffsetDateTime now) {
        this.dossierId = dossierId;
        this.channel = channel;
        this.recipient = recipient;
        this.template = template;
        this.subject = subject;
        this.body = body;
        this.status = "PENDING";
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    public void sent(OffsetDateTime now) {
        this.status = "SENT";
        this.attempts++;
        this.sentAt = now;
        this.lastError = null;
    }

    /** Backs off 1, 2, 4, … minutes; gives up after {@value #MAX_ATTEMPTS} attempts. */
    public void failed(String error, OffsetDateTime now) {
        this.attempts++;
        this.lastError = error == null ? "unknown" : error.length() > 1000 ? error.substring(0, 1000) : error;
        if (attempts >= MAX_ATTEMPTS) {
            this.status = "FAILED";
        } else {
            this.nextAttemptAt = now.plus(Duration.ofMinutes(1L << (attempts - 1)));
        }
    }

    public Long getId() {
        return id;
    }

    public String getChannel() {
        return channel;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getTemplate() {
        return template;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }
}

package vn.cchc.dossiers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A provincial system's webhook: dossier events of the given types whose receiving or deciding unit lies in the
 * subtree of {@code unitCode} are sent, signed with {@code secret}, to {@code url} (docs/api/webhooks.md).
 */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription {

    @Id
    private UUID id;

    private String url;

    @Column(name = "event_types")
    private String eventTypes;

    @Column(name = "unit_code")
    private String unitCode;

    @Column(name = "unit_path")
    private String unitPath;

    private String secret;

    private String owner;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "deleted_at")
    private OffsetDateTime deletedAt;

    protected WebhookSubscription() {}

    public WebhookSubscription(
            String url,
            List<String> eventTypes,
            String unitCode,
            String unitPath,
            String secret,
            String owner,
            OffsetDateTime createdAt) {
        this.id = UUID.randomUUID();
        this.url = url;
        this.eventTypes = String.join(",", eventTypes);
        this.unitCode = unitCode;
        this.unitPath = unitPath;
        this.secret = secret;
        this.owner = owner;
        this.createdAt = createdAt;
    }

    /** Whether an event of {@code type} about a dossier at these unit paths is for this subscription. */
    public boolean matches(String type, String receivingUnitPath, String decidingUnitPath) {
        return eventTypes().contains(type) && (under(receivingUnitPath) || under(decidingUnitPath));
    }

    private boolean under(String path) {
        return path != null && path.startsWith(unitPath);
    }

    /** A new signing secret (rotation): the old one signs nothing any more. */
    public void rotate(String newSecret) {
        this.secret = newSecret;
    }

    /** Deleted: nothing is delivered any more; the row answers a repeated DELETE. */
    public void delete(OffsetDateTime at) {
        if (deletedAt == null) {
            deletedAt = at;
        }
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public UUID getId() {
        return id;
    }

    public String getUrl() {
        return url;
    }

    public List<String> eventTypes() {
        return Arrays.asList(eventTypes.split(","));
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getUnitPath() {
        return unitPath;
    }

    public String getSecret() {
        return secret;
    }

    public String getOwner() {
        return owner;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        // never the secret
        return "WebhookSubscription[" + id + " " + unitCode + "]";
    }
}

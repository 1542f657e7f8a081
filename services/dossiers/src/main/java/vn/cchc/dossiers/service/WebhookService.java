package vn.cchc.dossiers.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import vn.cchc.dossiers.config.DossiersConfig;
import vn.cchc.dossiers.domain.Messages;
import vn.cchc.dossiers.domain.RetrySchedule;
import vn.cchc.dossiers.domain.WebhookAttempt;
import vn.cchc.dossiers.domain.WebhookDelivery;
import vn.cchc.dossiers.domain.WebhookSignature;
import vn.cchc.dossiers.domain.WebhookSubscription;
import vn.cchc.dossiers.domain.WebhookTargets;
import vn.cchc.dossiers.repository.WebhookRepository;
import vn.cchc.dossiers.security.AccessPolicy;
import vn.cchc.dossiers.security.AccessPolicy.Subject;
import vn.cchc.shared.contract.DossierEventV1;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.event.EventContracts;
import vn.cchc.shared.event.EventEnvelope;
import vn.cchc.shared.event.Topics;
import vn.cchc.shared.paging.Page;
import vn.cchc.shared.paging.PageRequest;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.units.UnitCopy;

/**
 * Webhooks for provincial systems (docs/api/webhooks.md, docs/adr/0014-webhooks.md): subscriptions of the integration
 * client (or a province's admin) to dossier event types of a unit subtree; one delivery per matching subscription and
 * event, written by the {@code cchc.dossiers.v1} consumer; the attempts recorded by {@link WebhookSender}.
 */
@ApplicationScoped
public class WebhookService {

    private static final Logger LOG = Logger.getLogger(WebhookService.class);

    /** The event types a subscription may name: those of {@code cchc.dossiers.v1} (the one list, EventContracts). */
    public static final Set<String> EVENT_TYPES =
            EventContracts.forTopic(Topics.DOSSIERS).orElseThrow().types();

    /** A new subscription with its secret (shown this once). */
    public record Created(WebhookSubscription subscription, String secret) {}

    /** A delivery with its last attempts, newest first. */
    public record DeliveryWithAttempts(WebhookDelivery delivery, List<WebhookAttempt> attempts) {}

    /** What the sender needs for one attempt. */
    public record Prepared(UUID deliveryId, String url, String secret, String eventId, String payload) {}

    private final WebhookRepository repository;
    private final UnitLookup units;
    private final EventCodec codec;
    private final Clock clock;
    private final boolean allowPrivate;
    private final int maxPerClient;
    private final RetrySchedule schedule;

    public WebhookService(
            WebhookRepository repository, UnitLookup units, EventCodec codec, Clock clock, DossiersConfig config) {
        this.repository = repository;
        this.units = units;
        this.codec = codec;
        this.clock = clock;
        this.allowPrivate = config.webhooks().allowPrivateTargets();
        this.maxPerClient = config.webhooks().maxPerClient();
        this.schedule = RetrySchedule.parse(config.webhooks().retrySchedule());
    }

    public boolean allowPrivateTargets() {
        return allowPrivate;
    }

    // ------------------------------------------------------------------ subscriptions

    /** 403 unless the caller manages webhooks somewhere (checked before the body is read). */
    public void checkAccess(Subject s) {
        AccessPolicy.webhookScope(s);
    }

    /**
     * Subscribes {@code url} to {@code eventTypes} of the subtree of {@code unitCode} (default: the caller's unit).
     * 403 when the caller manages no webhooks or the unit is outside its reach; 400 naming the field for a bad URL
     * (SSRF rules), an unknown event type or unit; 409 over the per-client limit.
     */
    @Transactional
    public Created subscribe(Subject s, String url, List<String> eventTypes, String unitCode) {
        AccessPolicy.webhookScope(s);
        String code = unitCode == null || unitCode.isBlank() ? s.unitCode() : unitCode.trim();
        if (code.length() > 60) {
            throw ProblemException.invalid("unitCode", "size", Messages.MOST_CHARACTERS);
        }
        UnitCopy unit = units.find(code)
                .orElseThrow(() -> ProblemException.invalid("unitCode", "known", Messages.WEBHOOK_UNIT_UNKNOWN));
        AccessPolicy.requireManageWebhooks(s, unit.getCode(), unit.getPath());
        List<String> types = eventTypes(eventTypes);
        WebhookTargets.check(url, allowPrivate, WebhookTargets.JDK).ifPresent(r -> {
            throw ProblemException.invalid("url", r.rule(), r.message());
        });
        String owner = owner(s);
        if (repository.countByOwner(owner) >= maxPerClient) {
            throw ProblemException.conflict(Messages.WEBHOOK_LIMIT, maxPerClient);
        }
        String secret = WebhookSignature.newSecret();
        WebhookSubscription sub = new WebhookSubscription(
                url.trim(), types, unit.getCode(), unit.getPath(), secret, owner, OffsetDateTime.now(clock));
        repository.persist(sub);
        LOG.infof("webhook subscription %s created by %s for unit %s, events %s", sub.getId(), owner, code, types);
        return new Created(sub, secret);
    }

    @Transactional
    public Page<WebhookSubscription> list(Subject s, PageRequest page) {
        return repository.subscriptionsUnder(AccessPolicy.webhookScope(s), page);
    }

    @Transactional
    public WebhookSubscription get(Subject s, UUID id) {
        return reachable(s, id);
    }

    /**
     * Deletes a webhook and its deliveries; deleting it again is 204 too (a retried DELETE), for a caller who could
     * manage it; 404 for everyone else.
     */
    @Transactional
    public void delete(Subject s, UUID id) {
        AccessPolicy.webhookScope(s);
        WebhookSubscription sub = repository
                .subscription(id)
                .filter(x -> AccessPolicy.canManageWebhooks(s, x.getUnitPath()))
                .orElseThrow(() -> ProblemException.notFound(Messages.WEBHOOK_NOT_FOUND, id));
        if (sub.isDeleted()) {
            return;
        }
        sub.delete(OffsetDateTime.now(clock));
        int deliveries = repository.deleteDeliveries(id);
        LOG.infof("webhook subscription %s deleted by %s with %d deliveries", id, owner(s), deliveries);
    }

    /** A new secret for the subscription (the old one stops signing at once); shown this once. */
    @Transactional
    public Created rotateSecret(Subject s, UUID id) {
        WebhookSubscription sub = reachable(s, id);
        String secret = WebhookSignature.newSecret();
        sub.rotate(secret);
        LOG.infof("webhook subscription %s: secret rotated by %s", id, owner(s));
        return new Created(sub, secret);
    }

    @Transactional
    public Page<DeliveryWithAttempts> deliveries(Subject s, UUID id, PageRequest page) {
        reachable(s, id);
        Page<WebhookDelivery> deliveries = repository.deliveries(id, page);
        Map<UUID, List<WebhookAttempt>> attempts =
                repository
                        .attempts(deliveries.items().stream()
                                .map(WebhookDelivery::getId)
                                .toList())
                        .stream()
                        .collect(Collectors.groupingBy(WebhookAttempt::getDeliveryId));
        return deliveries.map(d -> new DeliveryWithAttempts(d, attempts.getOrDefault(d.getId(), List.of())));
    }

    /** Queues a delivery again, due now (also a delivered or failed one); 404 outside the caller's reach. */
    @Transactional
    public WebhookDelivery redeliver(Subject s, UUID id, UUID deliveryId) {
        reachable(s, id);
        WebhookDelivery d = repository
                .delivery(deliveryId)
                .filter(x -> x.getSubscriptionId().equals(id))
                .orElseThrow(() -> ProblemException.notFound(Messages.WEBHOOK_DELIVERY_NOT_FOUND, deliveryId));
        d.requeue(OffsetDateTime.now(clock));
        return d;
    }

    private WebhookSubscription reachable(Subject s, UUID id) {
        AccessPolicy.webhookScope(s);
        return repository
                .subscription(id)
                .filter(sub -> !sub.isDeleted() && AccessPolicy.canManageWebhooks(s, sub.getUnitPath()))
                .orElseThrow(() -> ProblemException.notFound(Messages.WEBHOOK_NOT_FOUND, id));
    }

    private static String owner(Subject s) {
        String name = s.name() == null ? "?" : s.name();
        return name.length() <= 200 ? name : name.substring(0, 200);
    }

    private static List<String> eventTypes(List<String> eventTypes) {
        if (eventTypes == null || eventTypes.isEmpty()) {
            throw ProblemException.invalid(
                    "eventTypes",
                    "required",
                    Messages.WEBHOOK_EVENT_TYPES,
                    EVENT_TYPES.stream().sorted().toList());
        }
        if (eventTypes.size() > 50) {
            throw ProblemException.invalid("eventTypes", "size", Messages.WEBHOOK_EVENT_TYPES_SIZE);
        }
        Set<String> types = new LinkedHashSet<>();
        for (int i = 0; i < eventTypes.size(); i++) {
            String t = eventTypes.get(i);
            if (t == null || !EVENT_TYPES.contains(t.trim())) {
                throw ProblemException.invalid(
                        "eventTypes[" + i + "]",
                        "oneOf",
                        Messages.ONE,
                        EVENT_TYPES.stream().sorted().toList());
            }
            types.add(t.trim());
        }
        return new ArrayList<>(types);
    }

    // ------------------------------------------------------------------ deliveries

    /**
     * A dossier event from {@code cchc.dossiers.v1} (in the inbox's transaction): one delivery per subscription of its
     * type whose subtree holds the dossier's receiving or deciding unit. The body sent is the envelope itself.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void fanOut(EventEnvelope event) {
        DossierEventV1 data = codec.data(event, DossierEventV1.class);
        List<WebhookSubscription> matching =
                repository.subscriptionsAbove(data.receivingUnitPath(), data.decidingUnitPath()).stream()
                        .filter(sub -> sub.matches(event.type(), data.receivingUnitPath(), data.decidingUnitPath()))
                        .toList();
        if (matching.isEmpty()) {
            return;
        }
        String payload = codec.write(event.withTraceparent(null));
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (WebhookSubscription sub : matching) {
            repository.addDelivery(sub.getId(), event.id(), event.type(), event.subject(), payload, now);
        }
    }

    /** Claims up to {@code limit} due deliveries for {@code lease} (see {@link WebhookRepository#claimDue}). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<UUID> claimDue(int limit, Duration lease) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return repository.claimDue(now, now.plus(lease), limit);
    }

    /** What one attempt of the delivery needs, or empty when it is gone (subscription deleted) or not pending. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Prepared> prepare(UUID deliveryId) {
        return repository
                .delivery(deliveryId)
                .filter(d -> WebhookDelivery.PENDING.equals(d.getStatus()))
                .flatMap(d -> repository
                        .subscription(d.getSubscriptionId())
                        .filter(sub -> !sub.isDeleted())
                        .map(sub -> new Prepared(
                                d.getId(), sub.getUrl(), sub.getSecret(), d.getEventId(), d.getPayload())));
    }

    /** The refusal of the target right before an attempt (DNS may have changed since the subscription). */
    public Optional<WebhookTargets.Refusal> checkTarget(String url) {
        return WebhookTargets.check(url, allowPrivate, WebhookTargets.JDK);
    }

    /** Records one attempt and schedules the next (or ends the delivery). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(UUID deliveryId, WebhookDelivery.Outcome outcome, OffsetDateTime at, int durationMs) {
        WebhookDelivery d = repository.delivery(deliveryId).orElse(null);
        if (d == null) {
            return;
        }
        repository.addAttempt(new WebhookAttempt(deliveryId, at, outcome.statusCode(), outcome.error(), durationMs));
        boolean pending =
                d.attempted(outcome, at, schedule.after(d.getFailures() + 1, ThreadLocalRandom.current()::nextDouble));
        if (!outcome.succeeded()) {
            LOG.warnf(
                    "webhook delivery %s of event %s: attempt %d failed (%s)%s",
                    deliveryId,
                    d.getEventId(),
                    d.getAttempts(),
                    outcome.statusCode() == null ? outcome.error() : "HTTP " + outcome.statusCode(),
                    pending ? ", next at " + d.getNextAttemptAt() : ", given up");
        }
    }

    /** Deletes finished deliveries older than {@code retention}, a bounded number per call; how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purge(Duration retention, int limit) {
        return repository.purgeFinished(OffsetDateTime.now(clock).minus(retention), limit);
    }
}

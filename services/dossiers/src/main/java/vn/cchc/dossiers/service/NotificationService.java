package vn.cchc.dossiers.service;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jboss.logging.Logger;
import vn.cchc.dossiers.config.DossiersConfig;
import vn.cchc.dossiers.domain.Dossier;
import vn.cchc.dossiers.domain.Notification;
import vn.cchc.dossiers.notify.SmsGateway;
import vn.cchc.dossiers.repository.DossierPartsRepository;
import vn.cchc.shared.jobs.ClusterLock;

/**
 * Notifications to the citizen: receipt, supplement request, apology with the new date, result. They are
 * written in the dossier's transaction and sent afterwards by a scheduled sender through e-mail (SMTP,
 * configured by quarkus.mailer.*) and the pluggable SMS channel; a failed send is retried with back-off
 * and never blocks or rolls back the dossier.
 */
@ApplicationScoped
public class NotificationService {

    private static final Logger LOG = Logger.getLogger(NotificationService.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH 'giờ' mm 'phút', 'ngày' dd/MM/yyyy");

    private final EntityManager em;
    private final DossierPartsRepository parts;
    private final Mailer mailer;
    private final SmsGateway sms;
    private final Clock clock;
    private final boolean smsEnabled;

    private final ClusterLock clusterLock;
    private final java.time.Duration drainBudget;

    /** Notifications read per query. */
    static final int BATCH = 100;

    public NotificationService(
            EntityManager em,
            DossierPartsRepository parts,
            Mailer mailer,
            SmsGateway sms,
            Clock clock,
            DossiersConfig config,
            ClusterLock clusterLock,
            @org.eclipse.microprofile.config.inject.ConfigProperty(
                            name = "cchc.notify.drain-budget",
                            defaultValue = "PT40S")
                    java.time.Duration drainBudget) {
        this.clusterLock = clusterLock;
        this.drainBudget = drainBudget;
        this.em = em;
        this.parts = parts;
        this.mailer = mailer;
        this.sms = sms;
        this.clock = clock;
        this.smsEnabled = config.smsEnabled();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void receipt(Dossier d) {
        enqueue(
                d,
                "RECEIPT",
                "Tiếp nhận hồ sơ " + d.getCode(),
                "Hồ sơ " + d.getCode() + " (" + d.getProcedureName()
                        + ") đã được tiếp nhận. Thời gian hẹn trả kết quả: " + when(d.getDueAt())
                        + ". Tra cứu: mã hồ sơ và 4 số cuối điện thoại.");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void supplement(Dossier d) {
        enqueue(
                d,
                "SUPPLEMENT",
                "Yêu cầu bổ sung hồ sơ " + d.getCode(),
                "Hồ sơ " + d.getCode() + " cần bổ sung, hoàn thiện. Vui lòng xem Phiếu yêu cầu bổ sung (Mẫu 02).");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apology(Dossier d) {
        enqueue(
                d,
                "APOLOGY",
                "Xin lỗi và hẹn lại ngày trả kết quả hồ sơ " + d.getCode(),
                "Cơ quan giải quyết xin lỗi vì hồ sơ " + d.getCode()
                        + " chưa có kết quả đúng hẹn. Thời gian hẹn trả kết quả mới: " + when(d.getExtendedDueAt())
                        + ".");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void result(Dossier d) {
        enqueue(
                d,
                "RESULT",
                "Hồ sơ " + d.getCode() + " đã có kết quả",
                "Hồ sơ " + d.getCode() + " (" + d.getProcedureName()
                        + ") đã có kết quả. Mời ông/bà nhận kết quả theo hình thức đã đăng ký.");
    }

    private void enqueue(Dossier d, String template, String subject, String body) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (d.getApplicantEmail() != null) {
            em.persist(new Notification(d.getId(), "EMAIL", d.getApplicantEmail(), template, subject, body, now));
        }
        if (smsEnabled && d.getApplicantPhone() != null) {
            em.persist(new Notification(d.getId(), "SMS", d.getApplicantPhone(), template, subject, body, now));
        }
    }

    /**
     * Sends what is due, each message in its own transaction so one failure touches nothing else. A tick drains batch
     * after batch while they come back full, up to {@code cchc.notify.drain-budget}: a morning peak at a province's
     * one-stop shops (thousands of receipts an hour, bursts of hundreds a minute) leaves within the next tick instead
     * of at a fixed 100 per tick (issue 16: 8.5 k pending and 21 min late after 12 k intakes). The budget bounds the
     * job so that a slow mail server holds it for at most that long; the rest goes on the next tick.
     */
    @Scheduled(
            every = "{cchc.notify.interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sendDue() {
        clusterLock.runExclusively("dossiers.notification-sending", this::drain);
    }

    /** Sends due notifications batch by batch until none is due or the budget is spent; returns how many it tried. */
    int drain() {
        long deadline = System.nanoTime() + drainBudget.toNanos();
        int tried = 0;
        List<Long> batch;
        do {
            batch = due();
            for (Long id : batch) {
                sendOne(id);
                tried++;
            }
        } while (batch.size() == BATCH && System.nanoTime() < deadline);
        return tried;
    }

    @Transactional
    List<Long> due() {
        return parts.pendingNotificationIds(OffsetDateTime.now(clock), BATCH);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void sendOne(Long id) {
        Notification n = em.find(Notification.class, id);
        if (n == null || !"PENDING".equals(n.getStatus())) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        try {
            if ("EMAIL".equals(n.getChannel())) {
                mailer.send(Mail.withText(n.getRecipient(), n.getSubject(), n.getBody()));
            } else {
                sms.send(n.getRecipient(), n.getBody());
            }
            n.sent(now);
        } catch (RuntimeException e) {
            n.failed(e.getClass().getSimpleName() + ": " + e.getMessage(), now);
            LOG.warnf(
                    "notification %d (%s) failed, attempt %d: %s", id, n.getChannel(), n.getAttempts(), e.getMessage());
        }
    }

    private static String when(OffsetDateTime t) {
        return t == null
                ? "…"
                : t.atZoneSameInstant(OfficialCalendarService.ZONE).format(WHEN);
    }
}

package vn.cchc.dossiers.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cchc.dossiers.domain.Dossier;
import vn.cchc.dossiers.domain.DossierHistory;
import vn.cchc.dossiers.domain.DossierRating;
import vn.cchc.dossiers.domain.DossierStatus;
import vn.cchc.dossiers.domain.Messages;
import vn.cchc.dossiers.repository.DossierPartsRepository;
import vn.cchc.dossiers.repository.DossierRepository;
import vn.cchc.shared.contract.DossierEventV1;
import vn.cchc.shared.problem.LocalizedViolation;
import vn.cchc.shared.problem.ProblemException;

/**
 * What citizens do without logging in: track a dossier with its code and the last four digits of the
 * phone number (a wrong pair is a 404; the client that keeps guessing is throttled, never the dossier, see
 * {@link TrackingThrottle}), and rate the handling once after the result.
 */
@ApplicationScoped
public class PublicService {

    /** The online criteria of seed 003 (Thừa Thiên Huế portal). */
    public static final Set<String> CRITERIA = Set.of(
            "overall",
            "convenience",
            "onTime",
            "staffAttitude",
            "timeVsRegulation",
            "processingTime",
            "contactsToComplete",
            "agenciesContacted",
            "oneStopOrganisation",
            "publicity",
            "feedbackHandling",
            "onlineService");

    public static final Set<String> LEVELS = Set.of("VERY_SATISFIED", "SATISFIED", "DISSATISFIED");

    private final DossierRepository dossiers;
    private final DossierPartsRepository parts;
    private final StatsRecorder stats;
    private final DossierChanges events;
    private final Clock clock;
    private final TrackingThrottle throttle;

    public PublicService(
            DossierRepository dossiers,
            DossierPartsRepository parts,
            StatsRecorder stats,
            DossierChanges events,
            Clock clock,
            TrackingThrottle throttle) {
        this.throttle = throttle;
        this.dossiers = dossiers;
        this.parts = parts;
        this.stats = stats;
        this.events = events;
        this.clock = clock;
    }

    /** A dossier as the citizen follows it: its history (empty in lists) and whether it has been rated already. */
    public record Tracking(Dossier dossier, List<DossierHistory> history, boolean rated) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public Tracking track(String code, String phoneLast4, String client) {
        Dossier d = checked(code, phoneLast4, client);
        return tracking(d);
    }

    /** The dossiers filed under a personal identification number (the signed-in citizen's own), without history. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Tracking> mine(String idNumber, int limit) {
        List<Dossier> list = dossiers.ofApplicant(idNumber, limit);
        Set<Long> rated = parts.rated(list.stream().map(Dossier::getId).toList());
        return list.stream()
                .map(d -> new Tracking(d, List.of(), rated.contains(d.getId())))
                .toList();
    }

    private Tracking tracking(Dossier d) {
        return new Tracking(d, parts.history(d.getId()), parts.rating(d.getId()).isPresent());
    }

    @Transactional
    public void rate(String code, String phoneLast4, Map<String, String> answers, String client) {
        validate(answers);
        record(checked(code, phoneLast4, client), code, answers);
    }

    /**
     * A signed-in citizen's own dossier with its history, found by code among those filed under the citizen's
     * personal identification number (the {@code id_number} claim, which only VNeID or an administrator sets): no
     * phone digits to type. Anybody else's dossier, or an unknown code, is not found.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Tracking trackMine(String code, String idNumber) {
        return tracking(own(code, idNumber));
    }

    /** Rates a signed-in citizen's own dossier (as {@link #trackMine} finds it), once, after the result. */
    @Transactional
    public void rateMine(String code, String idNumber, Map<String, String> answers) {
        validate(answers);
        record(own(code, idNumber), code, answers);
    }

    private Dossier own(String code, String idNumber) {
        Dossier d = code == null || code.length() > 80
                ? null
                : dossiers.findByCode(code).orElse(null);
        if (d == null || idNumber == null || !idNumber.equals(d.getApplicantIdNumber())) {
            throw ProblemException.notFound(Messages.DOSSIER_YOURS_CODE);
        }
        return d;
    }

    private static void validate(Map<String, String> answers) {
        List<LocalizedViolation> v = new ArrayList<>();
        if (answers == null || answers.isEmpty()) {
            v.add(LocalizedViolation.of("answers", "required", Messages.RATE_OVERALL));
        } else {
            answers.forEach((k, level) -> {
                if (!CRITERIA.contains(k)) {
                    v.add(LocalizedViolation.of("answers." + k, "criterion", Messages.UNKNOWN_CRITERION));
                } else if (level == null) {
                    v.add(LocalizedViolation.of("answers." + k, "required", Messages.RATING_LEVELS));
                } else if (!LEVELS.contains(level)) {
                    v.add(LocalizedViolation.of("answers." + k, "oneOf", Messages.RATING_LEVELS));
                }
            });
        }
        if (!v.isEmpty()) {
            throw ProblemException.invalidAll(v);
        }
    }

    private void record(Dossier d, String code, Map<String, String> answers) {
        if (d.getStatus() != DossierStatus.RESOLVED && d.getStatus() != DossierStatus.RETURNED) {
            throw ProblemException.conflict(Messages.DOSSIER_HAS_RESULT_YET_CAN, code);
        }
        if (parts.rating(d.getId()).isPresent()) {
            throw ProblemException.conflict(Messages.DOSSIER_HAS_ALREADY_BEEN_RATED, code);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        DossierRating rating = new DossierRating(d.getId(), answers, now);
        parts.persist(rating);
        stats.rated(d, now, rating.isDissatisfied());
        events.publish(DossierEventV1.RATED, d, null, rating.isDissatisfied(), now);
    }

    /**
     * The dossier when the pair is right. A client over its limit of wrong pairs gets 429 whatever it sends (so the
     * answer says nothing about the pair); everybody else is answered, the owner included.
     */
    private Dossier checked(String code, String phoneLast4, String client) {
        long wait = throttle.retryAfterSeconds(client, code);
        if (wait > 0) {
            throw new TooManyAttemptsException(wait);
        }
        Dossier d = code == null || code.length() > 80
                ? null
                : dossiers.findByCode(code).orElse(null);
        boolean ok = d != null
                && phoneLast4 != null
                && phoneLast4.matches("\\d{4}")
                && d.getApplicantPhone() != null
                && d.getApplicantPhone().replaceAll("\\D", "").endsWith(phoneLast4);
        if (!ok) {
            throttle.failed(client, code);
            throw ProblemException.notFound(Messages.DOSSIER_CODE_PHONE_NUMBER);
        }
        throttle.succeeded(client, code);
        return d;
    }
}

package vn.cchc.dossiers.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;
import vn.cchc.dossiers.domain.CatalogueProcedure;
import vn.cchc.dossiers.domain.CatalogueProcedureVersion;
import vn.cchc.dossiers.domain.Messages;
import vn.cchc.dossiers.domain.VersionInForce;
import vn.cchc.dossiers.repository.CatalogueRepository;
import vn.cchc.dossiers.repository.CatalogueVersionRepository;
import vn.cchc.dossiers.security.AccessPolicy;
import vn.cchc.dossiers.security.AccessPolicy.Subject;
import vn.cchc.shared.contract.ProcedureEventV1;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.event.EventEnvelope;
import vn.cchc.shared.event.MalformedEventException;
import vn.cchc.shared.paging.Page;
import vn.cchc.shared.paging.PageRequest;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.units.UnitCopy;
import vn.cchc.shared.units.UnitCopyRepository;

/**
 * Keeps the local catalogue copy (the procedure's current row and every version with its validity) and answers reads
 * on it, including which version was in force on a day (docs/domain/procedure-versions.md).
 */
@ApplicationScoped
public class CatalogueService {

    private static final Logger LOG = Logger.getLogger(CatalogueService.class);
    private static final Set<String> PROCEDURE_STATE_EVENTS =
            Set.of(ProcedureEventV1.PUBLISHED, ProcedureEventV1.AMENDED, ProcedureEventV1.ABOLISHED);

    private final CatalogueRepository catalogue;
    private final CatalogueVersionRepository versions;
    private final UnitCopyRepository units;
    private final EventCodec codec;
    private final Clock clock;

    public CatalogueService(
            CatalogueRepository catalogue,
            CatalogueVersionRepository versions,
            UnitCopyRepository units,
            EventCodec codec,
            Clock clock) {
        this.catalogue = catalogue;
        this.versions = versions;
        this.units = units;
        this.codec = codec;
        this.clock = clock;
    }

    /** Applies one procedure event (inside the inbox transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event) {
        if (!PROCEDURE_STATE_EVENTS.contains(event.type())) {
            LOG.debugf("ignoring event type %s", event.type());
            return;
        }
        ProcedureEventV1 data = codec.data(event, ProcedureEventV1.class);
        CatalogueProcedure copy = catalogue.findByIdOptional(data.code()).orElse(null);
        boolean isNew = copy == null;
        if (isNew) {
            copy = new CatalogueProcedure(data.code());
        }
        boolean changed = copy.apply(
                data.ordering(),
                data.name(),
                data.field(),
                data.level(),
                data.state(),
                data.processingTime().value(),
                data.processingTime().unit(),
                event.id(),
                event.time(),
                OffsetDateTime.now(clock));
        if (changed) {
            copy.details(
                    (int) data.version(),
                    data.levels(),
                    data.decidingAgencyCode(),
                    data.onlineLevel(),
                    data.afternoonCutoff(),
                    data.internalSteps() == null
                            ? null
                            : data.internalSteps().stream()
                                    .map(s -> new CatalogueProcedure.InternalStep(s.name(), s.actor(), s.duration()))
                                    .toList(),
                    data.fees() == null
                            ? null
                            : data.fees().stream()
                                    .map(f -> new CatalogueProcedure.Fee(f.name(), f.amount(), f.note()))
                                    .toList(),
                    data.validFrom(),
                    data.abolishedOn());
        }
        if (isNew && changed) {
            catalogue.persist(copy);
            catalogue.flush(); // the versions refer to it
        }
        if (!changed) {
            LOG.debugf(
                    "procedure %s: version %d is not newer than %d, ignored",
                    data.code(), data.version(), copy.getVersion());
        }
        // each version is kept with the highest-sequence word about it, whether or not the current row changed: a late
        // event may still bring a version not seen yet (docs/domain/procedure-versions.md §3)
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (ProcedureEventV1.Version v : versionsOf(data)) {
            int number = Math.toIntExact(v.version());
            CatalogueProcedureVersion row =
                    versions.version(data.code(), number).orElse(null);
            boolean newRow = row == null;
            if (newRow) {
                row = new CatalogueProcedureVersion(data.code(), number);
            }
            if (row.apply(data.ordering(), content(v, data), event.id(), now) && newRow) {
                versions.persist(row);
            }
        }
    }

    /**
     * The versions an event describes: its {@code versions} list, or for an event from before that list existed the
     * one version of its top-level fields (none for a draft). A version that ends before it starts is malformed.
     */
    static List<ProcedureEventV1.Version> versionsOf(ProcedureEventV1 data) {
        List<ProcedureEventV1.Version> list;
        if (data.versions() != null && !data.versions().isEmpty()) {
            list = data.versions();
        } else if ("DRAFT".equals(data.state()) || data.version() < 1) {
            list = List.of();
        } else {
            list = List.of(new ProcedureEventV1.Version(
                    data.version(),
                    data.validFrom(),
                    data.validTo(),
                    data.decision(),
                    data.name(),
                    data.field(),
                    data.levels(),
                    data.decidingAgencyCode(),
                    data.onlineLevel(),
                    data.processingTime(),
                    data.statutoryTime(),
                    data.afternoonCutoff(),
                    data.fees(),
                    data.internalSteps()));
        }
        for (ProcedureEventV1.Version v : list) {
            if (v.version() < 1
                    || v.version() > Integer.MAX_VALUE
                    || v.processingTime() == null
                    || v.name() == null
                    || v.validFrom() != null
                            && v.validTo() != null
                            && v.validTo().isBefore(v.validFrom())) {
                throw new MalformedEventException(
                        "procedure " + data.code() + ": version " + v.version()
                                + " has no processing time or name, or ends before it starts",
                        null);
            }
        }
        return list;
    }

    private static CatalogueProcedureVersion.Content content(ProcedureEventV1.Version v, ProcedureEventV1 data) {
        return new CatalogueProcedureVersion.Content(
                v.validFrom(),
                v.validTo(),
                v.decision() == null ? null : v.decision().number(),
                v.name(),
                v.field() == null ? data.field() : v.field(),
                v.levels(),
                v.decidingAgencyCode(),
                v.onlineLevel(),
                v.processingTime().value(),
                v.processingTime().unit(),
                v.afternoonCutoff(),
                v.internalSteps() == null
                        ? null
                        : v.internalSteps().stream()
                                .map(s -> new CatalogueProcedure.InternalStep(s.name(), s.actor(), s.duration()))
                                .toList(),
                v.fees() == null
                        ? null
                        : v.fees().stream()
                                .map(f -> new CatalogueProcedure.Fee(f.name(), f.amount(), f.note()))
                                .toList());
    }

    /** The version of {@code p} in force on {@code day}, or why there is none. */
    public record VersionOn(CatalogueProcedureVersion version, String reason) {}

    /** Which version of {@code p} a dossier received on {@code day} uses ({@link VersionInForce}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public VersionOn versionOn(CatalogueProcedure p, LocalDate day) {
        List<CatalogueProcedureVersion> known = versions.ofProcedure(p.getCode());
        VersionInForce.Lookup found = VersionInForce.on(
                day,
                p.getState(),
                p.getAbolishedOn(),
                known.stream().map(CatalogueProcedureVersion::span).toList());
        if (!found.found()) {
            return new VersionOn(null, found.reason());
        }
        return new VersionOn(
                known.stream()
                        .filter(v -> v.getContentVersion() == found.version())
                        .findFirst()
                        .orElseThrow(),
                null);
    }

    /** Every version of a procedure known here, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CatalogueProcedureVersion> versions(CatalogueProcedure p) {
        return versions.ofProcedure(p.getCode());
    }

    /** One version, if known here. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<CatalogueProcedureVersion> version(String code, int contentVersion) {
        return versions.version(code, contentVersion);
    }

    /**
     * The province a procedure belongs to: the root of its deciding agency in the unit copy, or null for a national
     * procedure (no deciding agency, an agency of level CENTRAL, or one this service does not know).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String provinceOf(CatalogueProcedure p) {
        String agency = p.getDecidingAgencyCode();
        if (agency == null || agency.isBlank()) {
            return null;
        }
        return units.findByIdOptional(agency)
                .filter(u -> !CatalogueRepository.CENTRAL.equals(u.getLevel()))
                .map(UnitCopy::provinceCode)
                .orElse(null);
    }

    /** Whether dossiers of {@code province} may use the procedure: a national one, or the province's own. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean appliesIn(CatalogueProcedure p, String province) {
        String own = provinceOf(p);
        return own == null || own.equals(province);
    }

    /** The procedures the caller may see: national ones and its province's (all of them for a national admin). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CatalogueProcedure> search(Subject s, String query, PageRequest page) {
        if (!AccessPolicy.canReadProcedure(s, null)) {
            throw ProblemException.forbidden(Messages.YOUR_ACCOUNT_HAS_UNIT_KNOWN_2);
        }
        String province = AccessPolicy.catalogueProvince(s).orElse(null);
        return catalogue.search(query, province, page);
    }

    /** One procedure, 404 when it is another province's. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CatalogueProcedure get(Subject s, String code) {
        if (!AccessPolicy.canReadProcedure(s, null)) {
            throw ProblemException.forbidden(Messages.YOUR_ACCOUNT_HAS_UNIT_KNOWN_2);
        }
        return catalogue
                .findByIdOptional(code)
                .filter(p -> AccessPolicy.canReadProcedure(s, provinceOf(p)))
                .orElseThrow(() -> ProblemException.notFound(Messages.PROCEDURE_LOCAL_CATALOGUE, code));
    }
}

package vn.cchc.dossiers.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.cchc.calendar.WorkingCalendar;
import vn.cchc.dossiers.domain.ApologyIssuer;
import vn.cchc.dossiers.domain.ApologyLetter;
import vn.cchc.dossiers.domain.CatalogueProcedure;
import vn.cchc.dossiers.domain.CatalogueProcedureVersion;
import vn.cchc.dossiers.domain.Dossier;
import vn.cchc.dossiers.domain.DossierAction;
import vn.cchc.dossiers.domain.DossierHistory;
import vn.cchc.dossiers.domain.DossierNotice;
import vn.cchc.dossiers.domain.DossierPause;
import vn.cchc.dossiers.domain.DossierStatus;
import vn.cchc.dossiers.domain.Handover;
import vn.cchc.dossiers.domain.HistoryActions;
import vn.cchc.dossiers.domain.ImportedHistory;
import vn.cchc.dossiers.domain.Messages;
import vn.cchc.dossiers.domain.RegisterKind;
import vn.cchc.dossiers.domain.calendar.ApologyRules;
import vn.cchc.dossiers.domain.calendar.CalendarRange;
import vn.cchc.dossiers.domain.calendar.Classification;
import vn.cchc.dossiers.domain.calendar.DueDateCalculator;
import vn.cchc.dossiers.domain.calendar.StepResult;
import vn.cchc.dossiers.repository.CatalogueRepository;
import vn.cchc.dossiers.repository.DossierPartsRepository;
import vn.cchc.dossiers.repository.DossierRepository;
import vn.cchc.dossiers.repository.IntakeNumbers;
import vn.cchc.dossiers.security.AccessPolicy;
import vn.cchc.dossiers.security.AccessPolicy.Subject;
import vn.cchc.shared.contract.DossierEventV1;
import vn.cchc.shared.http.ETags;
import vn.cchc.shared.problem.CommonMessages;
import vn.cchc.shared.problem.LocalizedViolation;
import vn.cchc.shared.problem.Problem;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.problem.Text;
import vn.cchc.shared.problem.Violations;
import vn.cchc.shared.security.Jurisdiction;
import vn.cchc.shared.units.UnitCopy;
import vn.cchc.shared.units.UnitCopyRepository;

/**
 * Intake and lifecycle of dossiers. Each public method is one transaction that writes the dossier, its
 * history, the daily aggregates and the event together. Access is decided by {@link AccessPolicy}: staff act on
 * dossiers received or decided at or below their unit, admins and inspectors read their province's; a dossier the
 * caller may not read is 404 (existence is not leaked). Access is checked before the input is.
 */
@ApplicationScoped
public class DossierService {

    private static final DateTimeFormatter CODE_DAY = DateTimeFormatter.ofPattern("yyMMdd");
    private static final Set<String> CHANNELS = Set.of("DIRECT", "ONLINE", "POSTAL");
    private static final Set<String> RETURN_METHODS = Set.of("DIRECT", "POSTAL", "ELECTRONIC");

    private final DossierRepository dossiers;
    private final DossierPartsRepository parts;
    private final CatalogueRepository catalogue;
    private final CatalogueService catalogues;
    private final UnitCopyRepository units;
    private final OfficialCalendarService calendars;
    private final StatsRecorder stats;
    private final DossierChanges events;
    private final NotificationService notifications;
    private final Clock clock;
    private final DocumentRegister register;
    private final IntakeNumbers intakeNumbers;
    private final boolean numbersApart;
    private final DossierWorkload workload;

    public DossierService(
            DossierRepository dossiers,
            DossierPartsRepository parts,
            CatalogueRepository catalogue,
            CatalogueService catalogues,
            UnitCopyRepository units,
            OfficialCalendarService calendars,
            StatsRecorder stats,
            DossierChanges events,
            NotificationService notifications,
            Clock clock,
            DocumentRegister register,
            IntakeNumbers intakeNumbers,
            @org.eclipse.microprofile.config.inject.ConfigProperty(
                            name = "cchc.intake.numbers-apart",
                            defaultValue = "true")
                    boolean numbersApart,
            DossierWorkload workload) {
        this.dossiers = dossiers;
        this.parts = parts;
        this.catalogue = catalogue;
        this.catalogues = catalogues;
        this.units = units;
        this.calendars = calendars;
        this.stats = stats;
        this.events = events;
        this.notifications = notifications;
        this.clock = clock;
        this.register = register;
        this.intakeNumbers = intakeNumbers;
        this.numbersApart = numbersApart;
        this.workload = workload;
    }

    /** Clock start and due date a procedure would get if received at {@code receivedAt} at a unit. */
    public record DuePreview(OffsetDateTime clockStartAt, OffsetDateTime dueAt, BigDecimal value, String unit) {}

    // ------------------------------------------------------------------ intake

    /**
     * Access to a preview: a unit staff member with a known unit; a named receiving unit must be in the caller's
     * province (403). Checked before the body.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void checkPreview(Subject s, String unitCode) {
        if (!AccessPolicy.canPreviewSomewhere(s)) {
            throw ProblemException.forbidden(Messages.YOUR_ACCOUNT_HAS_UNIT_KNOWN_2);
        }
        UnitCopy u = unitCode == null || unitCode.isBlank() || unitCode.length() > 60
                ? null
                : units.findByIdOptional(unitCode.trim()).orElse(null);
        if (u != null && !AccessPolicy.canPreview(s, u.getPath())) {
            throw ProblemException.forbidden(Messages.UNIT_OUTSIDE_YOUR_PROVINCE, u.getCode());
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DuePreview previewDue(String procedureCode, String unitCode, OffsetDateTime receivedAt, Subject s) {
        checkPreview(s, unitCode);
        String province = unitCode != null
                ? unit(unitCode, "receivingUnitCode").provinceCode()
                : s.province().orElseThrow();
        CatalogueProcedure procedure = procedure(procedureCode, province);
        OffsetDateTime at = receivedAt == null ? now() : receivedAt;
        inRange(at, "receivedAt");
        CatalogueProcedureVersion version = inForce(procedure, at);
        DueDateCalculator.Result r = due(
                province,
                at,
                version.getProcessingTimeValue(),
                version.getProcessingTimeUnit(),
                version.getAfternoonCutoff());
        return new DuePreview(
                offset(r.clockStartAt()),
                offset(r.dueAt()),
                version.getProcessingTimeValue(),
                version.getProcessingTimeUnit());
    }

    /**
     * Access to intake before the body is checked: an officer (or the integration client) with a known unit; a named
     * receiving unit that exists must be at or below the caller's unit (403).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void checkReceive(Subject s, String receivingUnitCode) {
        if (!s.hasUnit()) {
            throw ProblemException.forbidden(Messages.YOUR_ACCOUNT_HAS_UNIT_KNOWN_3);
        }
        UnitCopy u = receivingUnitCode == null || receivingUnitCode.isBlank() || receivingUnitCode.length() > 60
                ? null
                : units.findByIdOptional(receivingUnitCode.trim()).orElse(null);
        if (u != null && !AccessPolicy.canReceive(s, u.getPath())) {
            throw ProblemException.forbidden(Messages.YOU_RECEIVE_DOSSIERS_ONLY_YOUR);
        }
    }

    @Transactional
    public Dossier receive(DossierCommands.Receive cmd, Subject caller) {
        return receiveWithDetails(cmd, caller).dossier();
    }

    /** A dossier just received and the details of its page, as written (nothing to read back). */
    public record Received(Dossier dossier, Details details) {}

    /**
     * {@link #receive}, with the details of the new dossier's page taken from what this transaction wrote: its one
     * history step and its book entry (no pause, hand-over, letter or notice yet), instead of six reads after commit.
     */
    @Transactional
    public Received receiveWithDetails(DossierCommands.Receive cmd, Subject caller) {
        created.set(new Created());
        try {
            Dossier d = create(cmd, caller, false);
            if (!cmd.registered()) {
                events.publish(DossierEventV1.RECEIVED, d, null, now());
                notifications.receipt(d);
            }
            Created c = created.get();
            return new Received(
                    d,
                    new Details(
                            List.copyOf(c.history),
                            List.of(),
                            List.of(),
                            java.util.Optional.empty(),
                            List.of(),
                            java.util.Optional.ofNullable(c.bookEntry)));
        } finally {
            created.remove();
        }
    }

    /** What {@link #create} wrote for {@link #receiveWithDetails} (null outside it). */
    private static final class Created {
        final List<DossierHistory> history = new ArrayList<>();
        vn.cchc.dossiers.domain.DossierBookEntry bookEntry;
    }

    private final ThreadLocal<Created> created = new ThreadLocal<>();

    /** Checks and writes a new dossier with its history and counts; the caller announces it. */
    private Dossier create(DossierCommands.Receive cmd, Subject caller, boolean historical) {
        UnitCopy receiving = unit(cmd.receivingUnitCode(), "receivingUnitCode");
        if (historical
                ? !AccessPolicy.canImport(caller, receiving.getPath())
                : !AccessPolicy.canReceive(caller, receiving.getPath())) {
            throw ProblemException.forbidden(Messages.YOU_RECEIVE_DOSSIERS_ONLY_YOUR);
        }
        OffsetDateTime now = now();
        Violations v = new Violations();
        checkReceipt(cmd, now, "", v);
        v.throwIfAny();
        if (!receiving.isReceivesDossiers()) {
            throw ProblemException.invalid(
                    "receivingUnitCode", "receivingPoint", Messages.DOES_RECEIVE_DOSSIERS, receiving.getCode());
        }
        OffsetDateTime receivedAt = cmd.receivedAt() == null ? now : cmd.receivedAt();
        CatalogueProcedure procedure = procedure(cmd.procedureCode(), receiving.provinceCode());
        CatalogueProcedureVersion version = inForce(procedure, receivedAt);
        String decidingCode = firstNonBlank(
                cmd.decidingUnitCode(),
                version.getDecidingAgencyCode(),
                receiving.getParentCode(),
                receiving.getCode());
        UnitCopy deciding = unit(decidingCode, "decidingUnitCode");
        if (!deciding.provinceCode().equals(receiving.provinceCode())) {
            throw ProblemException.invalid(
                    "decidingUnitCode",
                    "sameProvince",
                    Messages.DECIDING_UNIT_RECEIVING_UNIT_S,
                    deciding.getCode(),
                    receiving.provinceCode());
        }
        // numbers apart (IntakeNumbers, cchc.intake.numbers-apart): in a short transaction of their own, so that
        // concurrent intakes at one point do not wait for each other's commit; historical imports keep theirs in
        // the import's transaction (a rolled-back import gives them back)
        IntakeNumbers.Numbers numbers = numbersApart && !historical
                ? intakeNumbers.take(
                        deciding.getCode(),
                        local(receivedAt).toLocalDate(),
                        receiving.getCode(),
                        cmd.registered() ? null : local(receivedAt).getYear())
                : null;
        String code = deciding.getCode() + "-" + local(receivedAt).format(CODE_DAY) + "-"
                + String.format(
                        "%04d",
                        numbers != null
                                ? numbers.sequence()
                                : parts.nextSequence(
                                        deciding.getCode(), local(receivedAt).toLocalDate()));
        Dossier d = Dossier.open(code, version, receiving, deciding, cmd.channel(), caller.name(), now);
        DossierCommands.Applicant a = cmd.applicant();
        d.applicant(a.name(), a.idNumber(), a.phone(), a.email(), a.address());
        // digitised only as declared, whatever the channel (docs/domain/qd766.md §3)
        d.request(cmd.content(), cmd.components(), cmd.returnMethod(), cmd.digitised());
        if (cmd.registered()) {
            d.registered(receivedAt);
        } else {
            receiveNow(d, receivedAt);
        }
        dossiers.persistAndFlush(d);
        // the step's time is the receipt (or registration) time, also when given by a partner system or an import
        history(
                d,
                receivedAt,
                now,
                caller.name(),
                cmd.registered() ? HistoryActions.REGISTER : HistoryActions.RECEIVE,
                null,
                d.getStatus(),
                cmd.content());
        if (!cmd.registered()) {
            stats.received(d);
            // Mẫu 01 number and Mẫu 07 entry, docs/domain/forms.md §3
            var entry =
                    numbers != null ? register.enterNew(d, numbers.receiptNo(), numbers.entry()) : register.enter(d);
            if (created.get() != null) {
                created.get().bookEntry = entry;
            }
        }
        return d;
    }

    /**
     * The checks of a receipt that need no database: channel, return method, receipt time (not in the future,
     * inside the supported calendar years). {@code prefix} names the row of an import ("rows[3].dossier.").
     */
    void checkReceipt(DossierCommands.Receive cmd, OffsetDateTime now, String prefix, Violations v) {
        if (cmd.channel() == null || !CHANNELS.contains(cmd.channel())) {
            v.add(prefix + "channel", "oneOf", Messages.DIRECT_ONLINE_POSTAL);
        }
        if (cmd.returnMethod() != null && !RETURN_METHODS.contains(cmd.returnMethod())) {
            v.add(prefix + "returnMethod", "oneOf", Messages.DIRECT_POSTAL_ELECTRONIC);
        }
        if (cmd.receivedAt() != null && cmd.receivedAt().isAfter(now.plusMinutes(5))) {
            v.add(prefix + "receivedAt", "notInFuture", Messages.DOSSIER_CANNOT_RECEIVED_FUTURE);
        } else if (cmd.receivedAt() != null && !CalendarRange.contains(local(cmd.receivedAt()))) {
            v.add(prefix + "receivedAt", "supportedRange", CalendarRange.message());
        }
    }

    /**
     * The version of the procedure in force on the day of receipt (Vietnam date), whose name and processing time the
     * dossier takes (docs/domain/procedure-versions.md §1); 409 naming the procedure when none was.
     */
    CatalogueProcedureVersion inForce(CatalogueProcedure procedure, OffsetDateTime receivedAt) {
        CatalogueService.VersionOn on =
                catalogues.versionOn(procedure, local(receivedAt).toLocalDate());
        if (on.version() == null) {
            throw new ProblemException(
                    409,
                    "conflict",
                    "Conflict",
                    "Procedure " + procedure.getCode() + " " + on.reason()
                            + "; dossiers are received only for procedures in force.",
                    List.of(new Problem.Violation(
                            "procedureCode", "inForce", procedure.getCode() + " " + on.reason())));
        }
        return on.version();
    }

    private void receiveNow(Dossier d, OffsetDateTime receivedAt) {
        DueDateCalculator.Result r = due(
                province(d), receivedAt, d.getProcessingTimeValue(), d.getProcessingTimeUnit(), d.getAfternoonCutoff());
        d.received(receivedAt, offset(r.clockStartAt()), offset(r.dueAt()));
    }

    /** The due date; one beyond the supported calendar years is a 400 on the receipt time, not a failure. */
    private DueDateCalculator.Result due(
            String province, OffsetDateTime receivedAt, BigDecimal value, String unit, java.time.LocalTime cutoff) {
        try {
            return calculator(province).due(local(receivedAt), value, unit, cutoff, List.of(), local(now()));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(
                    "receivedAt", "supportedRange", Messages.DUE_DATE_FALLS_OUTSIDE_WORKING, CalendarRange.message());
        }
    }

    private static void inRange(OffsetDateTime t, String field) {
        if (!CalendarRange.contains(local(t))) {
            throw ProblemException.invalid(field, "supportedRange", CalendarRange.message());
        }
    }

    // ------------------------------------------------------------------ lifecycle

    /**
     * Access to an action, before its body is read: the dossier must be readable (else 404), the action known (else
     * 404), and the caller one of the action's roles at the receiving or deciding unit (else 403); Mẫu 04 only by a
     * leader of the deciding unit.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Dossier checkAct(String code, String slug, Subject caller) {
        Dossier d = visible(code, caller);
        DossierAction action = DossierAction.fromSlug(slug);
        if (action == null) {
            throw ProblemException.notFound(Messages.ACTION, slug);
        }
        if (!AccessPolicy.canAct(caller, action.roles(), d.getReceivingUnitPath(), d.getDecidingUnitPath())) {
            throw ProblemException.forbidden(Messages.ACTION_RECEIVING_DECIDING_UNIT, slug, action.roles());
        }
        if (action == DossierAction.APOLOGY) {
            Issuer issuer = apologyIssuer(d);
            if (!AccessPolicy.canApologise(caller, issuer.unitPath(), issuer.handled())) {
                Text message = Messages.APOLOGY_ISSUER.with(issuer.unitCode());
                throw new ProblemException(
                        403,
                        "forbidden",
                        CommonMessages.TITLE_FORBIDDEN.with(),
                        message,
                        List.of(new LocalizedViolation("apology", "issuingUnit", message)));
            }
        }
        return d;
    }

    @Transactional
    public Dossier act(String code, String slug, DossierCommands.Act cmd, Subject caller) {
        return act(code, slug, cmd, caller, null);
    }

    /**
     * As {@link #act(String, String, DossierCommands.Act, Subject)}, conditional on {@code ifMatch} when given (the
     * ETag of the dossier the caller saw; 412 when it changed meanwhile). The check is on the row loaded in this
     * transaction and the update is conditional on its {@code @Version}: atomic, not read-then-write.
     */
    @Transactional
    public Dossier act(String code, String slug, DossierCommands.Act cmd, Subject caller, String ifMatch) {
        Dossier d = checkAct(code, slug, caller);
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, d.getVersion());
        }
        DossierAction action = DossierAction.fromSlug(slug);
        DossierStatus from = d.getStatus();
        if (!action.allowedFrom(from)) {
            throw ProblemException.conflict(Messages.DOSSIER_ALLOWED_FROM, code, from, from.code(), slug);
        }
        OffsetDateTime now = now();
        DossierStatus to = action.target(from);
        String note = firstNonBlank(cmd.note(), cmd.reason());
        switch (action) {
            case ACCEPT -> {
                // the clock starts at acceptance: the version in force on that day, not on the day of the online
                // registration (docs/domain/procedure-versions.md §1)
                CatalogueProcedure procedure = catalogue.findById(d.getProcedureCode());
                if (procedure != null) {
                    d.takeVersion(inForce(procedure, now));
                }
                receiveNow(d, now);
                stats.received(d);
                register.enter(d);
            }
            case REFUSE -> {
                List<String> reasons = required(cmd.items(), cmd.reason(), "reason");
                notice(d, RegisterKind.REFUSAL, reasons, String.join("; ", reasons), now, caller);
                d.closed(now);
                stats.ended(d, now, "refused");
            }
            case START -> handover(d, cmd.stepName() == null ? "Chuyển xử lý" : cmd.stepName(), cmd, caller, now);
            case HANDOVER -> {
                if (cmd.stepName() == null || cmd.stepName().isBlank()) {
                    throw ProblemException.invalid("stepName", "required", Messages.NAME_STEP_BEING_HANDED_OVER);
                }
                handover(d, cmd.stepName(), cmd, caller, now);
            }
            case REQUEST_SUPPLEMENT -> {
                List<String> items = required(cmd.items(), null, "items");
                if (cmd.reason() == null || cmd.reason().isBlank()) {
                    throw ProblemException.invalid("reason", "required", Messages.M_U_STATES_REASON);
                }
                notice(d, RegisterKind.SUPPLEMENT, items, cmd.reason(), now, caller);
                parts.persist(new DossierPause(d.getId(), DossierPause.Kind.SUPPLEMENT, now, cmd.reason()));
                d.pause(now, true);
            }
            case REQUEST_FINANCIAL -> {
                parts.persist(new DossierPause(d.getId(), DossierPause.Kind.FINANCIAL, now, note));
                d.pause(now, false);
            }
            case SUPPLEMENT_RECEIVED, FINANCIAL_FULFILLED -> resume(d, now);
            case WITHDRAW, STOP -> {
                if (cmd.reason() == null || cmd.reason().isBlank()) {
                    throw ProblemException.invalid("reason", "required", Messages.STATE_CITIZEN_S_REASON);
                }
                if (from.isPaused()) {
                    resume(d, now);
                }
                if (action == DossierAction.STOP) {
                    notice(d, RegisterKind.STOP, List.of(), cmd.reason(), now, caller);
                }
                d.closed(now);
                stats.ended(d, now, action == DossierAction.STOP ? "stopped" : "withdrawn");
            }
            case RESOLVE -> {
                Classification.Result r = Classification.of(local(now), local(d.getDueAt()));
                Dossier.Classification c = Dossier.Classification.valueOf(r.name());
                d.resolved(now, c, Boolean.TRUE.equals(cmd.resultElectronic()));
                stats.resolved(d, now);
            }
            case RETURN -> {
                if (cmd.method() == null || !RETURN_METHODS.contains(cmd.method())) {
                    throw ProblemException.invalid("method", "oneOf", Messages.DIRECT_POSTAL_ELECTRONIC);
                }
                d.returned(now, cmd.method());
                stats.count(d, now, "returned");
                if ("ELECTRONIC".equals(cmd.method()) && d.getResolvedAt() != null && d.resultIssuedElectronically()) {
                    stats.electronicResultLater(d);
                }
            }
            case APOLOGY -> apology(d, cmd, caller, now);
            default -> throw new IllegalStateException(action.name());
        }
        d.moveTo(to, now);
        history(d, caller.name(), slug, from, to, note);
        dossiers.flush();
        switch (action) {
            case REQUEST_SUPPLEMENT -> {
                events.publish(DossierEventV1.SUPPLEMENT_REQUESTED, d, null, now);
                notifications.supplement(d);
            }
            case APOLOGY -> {
                events.publish(
                        DossierEventV1.APOLOGY_ISSUED,
                        d,
                        parts.apology(d.getId()).map(ApologyLetter::isTimely).orElse(null),
                        now);
                notifications.apology(d);
            }
            case RESOLVE -> {
                events.publish(DossierEventV1.RESOLVED, d, apologyTimely(d), now);
                notifications.result(d);
            }
            case RETURN -> events.publish(DossierEventV1.RETURNED, d, apologyTimely(d), now);
            case ACCEPT -> {
                events.publish(DossierEventV1.RECEIVED, d, null, now);
                notifications.receipt(d);
            }
            default -> events.publish(DossierEventV1.STATUS_CHANGED, d, apologyTimely(d), now);
        }
        return d;
    }

    private Boolean apologyTimely(Dossier d) {
        return d.isHasApology()
                ? parts.apology(d.getId()).map(ApologyLetter::isTimely).orElse(null)
                : null;
    }

    /** Phiếu kiểm soát: the step that ends now, its budget from the internal process, and its result. */
    private void handover(Dossier d, String stepName, DossierCommands.Act cmd, Subject caller, OffsetDateTime now) {
        String toUnit = blank(cmd.toUnitCode());
        if (toUnit != null) {
            UnitCopy target = units.findByIdOptional(toUnit)
                    .orElseThrow(() -> ProblemException.invalid("toUnitCode", "exists", Messages.UNIT, toUnit));
            if (!target.provinceCode().equals(province(d))) {
                throw ProblemException.invalid(
                        "toUnitCode", "sameProvince", Messages.UNIT_DOSSIER_S_PROVINCE, toUnit, province(d));
            }
            if (!target.validOn(local(now).toLocalDate())) {
                throw ProblemException.invalid(
                        "toUnitCode", "active", Messages.UNIT_LONGER_EXISTS_ENDED, toUnit, target.getValidTo());
            }
        }
        List<Handover> done = parts.handovers(d.getId());
        int stepNo = done.size() + 1;
        OffsetDateTime since =
                done.isEmpty() ? d.getClockStartAt() : done.get(done.size() - 1).getAt();
        WorkingCalendar cal = calendars.forProvince(province(d));
        BigDecimal used = since == null || !now.isAfter(since)
                ? BigDecimal.ZERO
                : cal.workingHoursBetween(local(since), local(now)).setScale(2, RoundingMode.HALF_UP);
        BigDecimal budget = stepBudgetHours(d, stepNo);
        Dossier.Classification result = stepResult(d, since, now, budget, cal);
        parts.persist(new Handover(
                d.getId(),
                stepNo,
                stepName.trim(),
                caller.name(),
                caller.unitCode(),
                blank(cmd.toUser()),
                toUnit,
                now,
                budget,
                used,
                result,
                blank(cmd.note())));
    }

    /**
     * Budget of the n-th step of the internal process of the version the dossier was received under, in working hours
     * (null if unknown).
     */
    private BigDecimal stepBudgetHours(Dossier d, int stepNo) {
        List<CatalogueProcedure.InternalStep> steps = catalogues
                .version(d.getProcedureCode(), d.getProcedureVersion())
                .map(CatalogueProcedureVersion::getInternalSteps)
                .orElse(null);
        if (steps == null || steps.size() < stepNo) {
            return null;
        }
        BigDecimal duration = steps.get(stepNo - 1).duration();
        return switch (d.getProcessingTimeUnit()) {
            case "WORKING_DAYS" -> duration.multiply(BigDecimal.valueOf(8)).setScale(2, RoundingMode.HALF_UP);
            case "HOURS" -> duration.setScale(2, RoundingMode.HALF_UP);
            default -> null;
        };
    }

    /** The pause ends: both due dates move later by the working time spent waiting. */
    private void resume(Dossier d, OffsetDateTime now) {
        DossierPause pause = parts.openPause(d.getId()).orElse(null);
        if (pause == null) {
            return;
        }
        pause.end(now);
        WorkingCalendar cal = calendars.forProvince(province(d));
        BigDecimal waited = cal.workingHoursBetween(local(pause.getFromAt()), local(now));
        OffsetDateTime due = offset(cal.addWorkingHours(local(d.getDueAt()), waited));
        OffsetDateTime extended =
                d.getExtendedDueAt() == null ? null : offset(cal.addWorkingHours(local(d.getExtendedDueAt()), waited));
        d.resume(due, extended);
    }

    /**
     * Mẫu 04: at most one per dossier; timely when issued at least one working day before the original due
     * date; the new date must be later than the original one.
     */
    private void apology(Dossier d, DossierCommands.Act cmd, Subject caller, OffsetDateTime now) {
        if (d.isHasApology() || parts.apology(d.getId()).isPresent()) {
            throw ProblemException.conflict(Messages.DOSSIER_ALREADY_HAS_APOLOGY_EXTENSION, d.getCode());
        }
        List<LocalizedViolation> v = new ArrayList<>();
        if (cmd.reason() == null || cmd.reason().isBlank()) {
            v.add(LocalizedViolation.of("reason", "required", Messages.APOLOGY_REASON_REQUIRED));
        }
        if (cmd.signer() == null || cmd.signer().isBlank()) {
            v.add(LocalizedViolation.of("signer", "required", Messages.APOLOGY_SIGNER_REQUIRED));
        }
        if (cmd.newDueAt() == null) {
            v.add(LocalizedViolation.of("newDueAt", "required", Messages.NEW_DUE_REQUIRED));
        } else if (!cmd.newDueAt().isAfter(d.getDueAt())) {
            v.add(LocalizedViolation.of("newDueAt", "afterOriginalDue", Messages.NEW_DUE_AFTER_ORIGINAL, d.getDueAt()));
        } else {
            ApologyRules.newDueViolation(local(cmd.newDueAt()), calendars.forProvince(province(d)))
                    .ifPresent(x -> v.add(new LocalizedViolation("newDueAt", x.rule(), x.message())));
        }
        if (!v.isEmpty()) {
            throw ProblemException.invalidAll(v);
        }
        boolean timely = ApologyRules.isTimely(local(now), local(d.getDueAt()), calendars.forProvince(province(d)));
        Issuer issuer = apologyIssuer(d);
        parts.persist(new ApologyLetter(
                d.getId(),
                register.next(issuer.unitCode(), RegisterKind.APOLOGY, now),
                cmd.reason(),
                d.getDueAt(),
                cmd.newDueAt(),
                cmd.signer(),
                caller.name(),
                now,
                timely));
        d.apologised(cmd.newDueAt(), now);
    }

    /**
     * A dossier from another system's history, already finished or still open: received at
     * {@code receivedAt}, due as the procedure and calendar say, resolved / returned / closed as given.
     * Counted in the aggregates on the days it happened. Used by the integration import.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Dossier importHistorical(
            DossierCommands.Receive cmd,
            DossierStatus finalStatus,
            OffsetDateTime resolvedAt,
            OffsetDateTime returnedAt,
            OffsetDateTime apologyAt,
            OffsetDateTime apologyNewDueAt,
            boolean resultElectronic,
            String client,
            String externalId,
            Subject caller) {
        Dossier d = create(cmd, caller, true);
        d.external(client, externalId);
        OffsetDateTime now = now();
        if (apologyAt != null) {
            boolean timely =
                    ApologyRules.isTimely(local(apologyAt), local(d.getDueAt()), calendars.forProvince(province(d)));
            parts.persist(new ApologyLetter(
                    d.getId(),
                    register.next(d.getDecidingUnitCode(), RegisterKind.APOLOGY, apologyAt),
                    "Nhập từ hệ thống cũ",
                    d.getDueAt(),
                    apologyNewDueAt == null ? d.getDueAt().plusDays(3) : apologyNewDueAt,
                    "Thủ trưởng cơ quan",
                    caller.name(),
                    apologyAt,
                    timely));
            d.apologised(apologyNewDueAt == null ? d.getDueAt().plusDays(3) : apologyNewDueAt, now);
        }
        switch (finalStatus) {
            case RESOLVED, RETURNED -> {
                Classification.Result r = Classification.of(local(resolvedAt), local(d.getDueAt()));
                // an electronic result as declared, or a result returned by the ELECTRONIC method
                d.resolved(
                        resolvedAt,
                        Dossier.Classification.valueOf(r.name()),
                        resultElectronic
                                || finalStatus == DossierStatus.RETURNED && "ELECTRONIC".equals(d.getReturnMethod()));
                stats.resolved(d, resolvedAt);
                if (finalStatus == DossierStatus.RETURNED) {
                    d.returned(returnedAt, d.getReturnMethod() == null ? "DIRECT" : d.getReturnMethod());
                    stats.count(d, returnedAt, "returned");
                }
            }
            case REFUSED, WITHDRAWN, STOPPED -> {
                d.closed(resolvedAt);
                stats.ended(
                        d,
                        resolvedAt,
                        finalStatus == DossierStatus.REFUSED
                                ? "refused"
                                : finalStatus == DossierStatus.WITHDRAWN ? "withdrawn" : "stopped");
            }
            default -> {}
        }
        d.moveTo(finalStatus, now);
        // the older system's steps at their own times; the import time only as the recording time and the marker
        for (ImportedHistory.Step step : ImportedHistory.steps(finalStatus, resolvedAt, returnedAt, apologyAt, now)) {
            history(
                    d,
                    step.at(),
                    now,
                    caller.name(),
                    step.action(),
                    step.from(),
                    step.to(),
                    HistoryActions.IMPORT.equals(step.action()) ? "nhập từ hệ thống " + client : null);
        }
        dossiers.flush();
        // one event with the dossier as it ends up; no notification for history
        String type = switch (finalStatus) {
            case RESOLVED -> DossierEventV1.RESOLVED;
            case RETURNED -> DossierEventV1.RETURNED;
            case RECEIVED -> DossierEventV1.RECEIVED;
            default -> DossierEventV1.STATUS_CHANGED;
        };
        events.publish(type, d, apologyTimely(d), now);
        return d;
    }

    // ------------------------------------------------------------------ reads

    /** A dossier the caller may see (received or decided at or below their unit), else 404. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Dossier visible(String code, Subject caller) {
        Dossier d = code == null || code.length() > 80
                ? null
                : dossiers.findByCode(code).orElse(null);
        if (d == null || !AccessPolicy.canRead(caller, d.getReceivingUnitPath(), d.getDecidingUnitPath())) {
            throw ProblemException.notFound(Messages.DOSSIER, code);
        }
        return d;
    }

    /** What hangs off a dossier, for its page. */
    public record Details(
            List<DossierHistory> history,
            List<DossierPause> pauses,
            List<Handover> handovers,
            java.util.Optional<ApologyLetter> apology,
            List<DossierNotice> notices,
            java.util.Optional<vn.cchc.dossiers.domain.DossierBookEntry> bookEntry) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public Details details(Dossier d) {
        return new Details(
                parts.history(d.getId()),
                parts.pauses(d.getId()),
                parts.handovers(d.getId()),
                parts.apology(d.getId()),
                parts.notices(d.getId()),
                register.entry(d.getId()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public vn.cchc.shared.paging.Page<Dossier> worklist(
            Subject caller,
            String q,
            DossierStatus status,
            String due,
            String unit,
            String procedureCode,
            vn.cchc.shared.paging.PageRequest page) {
        OffsetDateTime now = now();
        String scope = scopePath(caller);
        return dossiers.worklist(
                new DossierRepository.Filter(
                        scope,
                        q,
                        status,
                        vn.cchc.dossiers.domain.WorkQueue.ofDue(due).orElse(null),
                        unit,
                        procedureCode,
                        now,
                        workload.soonUntil(scope, now)),
                page);
    }

    /**
     * The scope of every list: the caller's unit path, or the province for admins and inspectors (a caller without a
     * known unit sees nothing: 403).
     */
    public String scopePath(Subject caller) {
        return AccessPolicy.listScope(caller)
                .orElseThrow(() -> ProblemException.forbidden(Messages.YOUR_ACCOUNT_S_UNIT_UNKNOWN));
    }

    /** The actions the caller could take now (for the dossier page's buttons). */
    public List<String> allowedActions(Dossier d, Subject caller) {
        List<String> allowed = new ArrayList<>();
        for (DossierAction a : DossierAction.values()) {
            if (a.allowedFrom(d.getStatus())
                    && AccessPolicy.canAct(caller, a.roles(), d.getReceivingUnitPath(), d.getDecidingUnitPath())
                    && (a != DossierAction.APOLOGY || !d.isHasApology() && canApologise(d, caller))) {
                allowed.add(a.slug());
            }
        }
        return allowed;
    }

    /**
     * The last day on which an apology issued now would be timely ({@link ApologyRules#timelyUntil}, the rule that
     * {@link #apology} applies), for the dossier page to show before the letter is issued; null without a due date.
     */
    public java.time.LocalDate apologyTimelyUntil(Dossier d) {
        return d.getDueAt() == null
                ? null
                : ApologyRules.timelyUntil(local(d.getDueAt()), calendars.forProvince(province(d)));
    }

    public boolean isDueSoon(Dossier d) {
        return d.getStatus().isOpen()
                && !d.getStatus().isPaused()
                && d.getDueAt() != null
                && !d.isOverdue(now())
                && vn.cchc.dossiers.domain.calendar.DueSoon.isDueSoon(
                        local(now()), local(d.getDueAt()), calendars.forProvince(province(d)));
    }

    // ------------------------------------------------------------------ helpers

    private void history(Dossier d, String actor, String action, DossierStatus from, DossierStatus to, String note) {
        OffsetDateTime now = now();
        history(d, now, now, actor, action, from, to, note);
    }

    /** A step that happened at {@code at}, written at {@code recordedAt} (docs/domain/dossier-history.md §1). */
    private void history(
            Dossier d,
            OffsetDateTime at,
            OffsetDateTime recordedAt,
            String actor,
            String action,
            DossierStatus from,
            DossierStatus to,
            String note) {
        DossierHistory h = new DossierHistory(d.getId(), at, recordedAt, actor, action, from, to, note);
        parts.persist(h);
        if (created.get() != null) {
            created.get().history.add(h);
        }
    }

    /** The unit that would issue Mẫu 04 now, its path, and every unit the dossier was handled at (docs/domain/forms.md §5). */
    /** Mẫu 02, 03 or 05: issued by the receiving point, numbered from its register (docs/domain/forms.md §2). */
    private void notice(
            Dossier d, RegisterKind kind, List<String> items, String reason, OffsetDateTime now, Subject caller) {
        parts.persist(new DossierNotice(
                d.getId(), register.next(d.getReceivingUnitCode(), kind, now), items, reason, now, caller.name()));
    }

    private record Issuer(String unitCode, String unitPath, Set<String> handled) {}

    private Issuer apologyIssuer(Dossier d) {
        List<ApologyIssuer.Step> steps = parts.handovers(d.getId()).stream()
                .map(h -> new ApologyIssuer.Step(h.getAt(), h.getFromUnit(), h.getToUnit()))
                .toList();
        String unit = ApologyIssuer.issuingUnit(d.getDecidingUnitCode(), steps, d.getDueAt(), now());
        String path = unit.equals(d.getDecidingUnitCode())
                ? d.getDecidingUnitPath()
                : units.findByIdOptional(unit).map(UnitCopy::getPath).orElse(null);
        return new Issuer(unit, path, ApologyIssuer.handledUnits(d.getDecidingUnitCode(), steps));
    }

    private boolean canApologise(Dossier d, Subject caller) {
        Issuer issuer = apologyIssuer(d);
        return AccessPolicy.canApologise(caller, issuer.unitPath(), issuer.handled());
    }

    /** Mẫu 06's result of the step handed over now (docs/domain/forms.md §4; the rule is {@link StepResult}). */
    private Dossier.Classification stepResult(
            Dossier d, OffsetDateTime since, OffsetDateTime at, BigDecimal budget, WorkingCalendar cal) {
        List<StepResult.Pause> pauses = parts.pauses(d.getId()).stream()
                .map(p -> new StepResult.Pause(local(p.getFromAt()), p.getToAt() == null ? null : local(p.getToAt())))
                .toList();
        return StepResult.of(
                        since == null ? null : local(since),
                        local(at),
                        budget,
                        pauses,
                        d.getDueAt() == null ? null : local(d.getDueAt()),
                        cal)
                .map(r -> Dossier.Classification.valueOf(r.name()))
                .orElse(null);
    }

    private static List<String> required(List<String> items, String single, String field) {
        List<String> list = new ArrayList<>();
        if (items != null) {
            items.stream()
                    .filter(s -> s != null && !s.isBlank())
                    .map(String::trim)
                    .forEach(list::add);
        }
        if (list.isEmpty() && single != null && !single.isBlank()) {
            list.add(single.trim());
        }
        if (list.isEmpty()) {
            throw ProblemException.invalid(field, "required", Messages.LIST_LEAST_ONE_ITEM);
        }
        return list;
    }

    /** A procedure of the catalogue copy that applies in {@code province} (national or the province's own), else 400. */
    private CatalogueProcedure procedure(String code, String province) {
        CatalogueProcedure p =
                code == null || code.isBlank() || code.length() > 60 ? null : catalogue.toRead(code.trim());
        if (p == null || !catalogues.appliesIn(p, province)) {
            throw ProblemException.invalid("procedureCode", "exists", Messages.PROCEDURE_CATALOGUE_2, code, province);
        }
        return p;
    }

    private UnitCopy unit(String code, String field) {
        UnitCopy u = code == null || code.isBlank() || code.length() > 60 ? null : units.findById(code.trim());
        if (u == null) {
            throw ProblemException.invalid(field, "exists", Messages.UNIT, code);
        }
        return u;
    }

    String province(Dossier d) {
        return Jurisdiction.rootOf(d.getReceivingUnitPath());
    }

    DueDateCalculator calculator(String province) {
        return new DueDateCalculator(calendars.forProvince(province));
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.trim();
            }
        }
        return null;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    static LocalDateTime local(OffsetDateTime t) {
        return t.atZoneSameInstant(OfficialCalendarService.ZONE).toLocalDateTime();
    }

    static OffsetDateTime offset(LocalDateTime t) {
        return t.atZone(OfficialCalendarService.ZONE).toOffsetDateTime();
    }
}

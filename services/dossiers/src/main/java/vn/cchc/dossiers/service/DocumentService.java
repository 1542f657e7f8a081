package vn.cchc.dossiers.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.cchc.dossiers.document.ApologyForm;
import vn.cchc.dossiers.document.BookRow;
import vn.cchc.dossiers.document.ComponentLine;
import vn.cchc.dossiers.document.ControlSlip;
import vn.cchc.dossiers.document.ControlSlipRow;
import vn.cchc.dossiers.document.DocumentRenderer;
import vn.cchc.dossiers.document.DossierBook;
import vn.cchc.dossiers.document.FormHeader;
import vn.cchc.dossiers.document.Party;
import vn.cchc.dossiers.document.ReceiptForm;
import vn.cchc.dossiers.document.RefusalForm;
import vn.cchc.dossiers.document.StopForm;
import vn.cchc.dossiers.document.SupplementForm;
import vn.cchc.dossiers.domain.ApologyLetter;
import vn.cchc.dossiers.domain.Dossier;
import vn.cchc.dossiers.domain.DossierBookEntry;
import vn.cchc.dossiers.domain.DossierNotice;
import vn.cchc.dossiers.domain.Handover;
import vn.cchc.dossiers.domain.Messages;
import vn.cchc.dossiers.domain.calendar.Classification;
import vn.cchc.dossiers.domain.calendar.StepResult;
import vn.cchc.dossiers.repository.DossierPartsRepository;
import vn.cchc.dossiers.repository.DossierRepository;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.security.Jurisdiction;
import vn.cchc.shared.units.UnitCopy;
import vn.cchc.shared.units.UnitCopyRepository;

/**
 * Fills the TT 03/2025 forms from a dossier and renders them: Mẫu 01 receipt, 02 supplement, 03 refusal,
 * 04 apology, 05 stop, 06 control slip, and the dossier book (Mẫu 07) as PDF or Excel.
 */
@ApplicationScoped
public class DocumentService {

    /** The largest book rendered in one request (a year of a commune one-stop). */
    public static final int BOOK_LIMIT = 20_000;

    private final DocumentRenderer renderer = new DocumentRenderer();
    private final DossierPartsRepository parts;
    private final UnitCopyRepository units;
    private final DossierRepository dossierRepository;
    private final DocumentRegister register;
    private final OfficialCalendarService calendars;

    public DocumentService(
            DossierPartsRepository parts,
            UnitCopyRepository units,
            DossierRepository dossierRepository,
            DocumentRegister register,
            OfficialCalendarService calendars) {
        this.parts = parts;
        this.units = units;
        this.dossierRepository = dossierRepository;
        this.register = register;
        this.calendars = calendars;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] form(Dossier d, String form) {
        return switch (form) {
            case "mau-01" -> receipt(d);
            case "mau-02" -> supplement(d);
            case "mau-03" -> refusal(d);
            case "mau-04" -> apology(d);
            case "mau-05" -> stop(d);
            case "mau-06" -> controlSlip(d);
            default -> throw ProblemException.notFound(Messages.FORM_FORMS_MAU_MAU, form);
        };
    }

    private byte[] receipt(Dossier d) {
        if (d.getReceivedAt() == null) {
            throw ProblemException.conflict(Messages.DOSSIER_HAS_BEEN_RECEIVED_THERE, d.getCode());
        }
        DossierBookEntry entry = register.entry(d.getId()).orElse(null);
        return renderer.receipt(new ReceiptForm(
                header(d, d.getReceivingUnitCode(), entry == null ? null : entry.receiptNumber(), d.getReceivedAt()),
                d.getCode(),
                unitName(d.getReceivingUnitCode()),
                party(d),
                requestContent(d),
                d.getComponents().stream()
                        .map(c -> new ComponentLine(c.name(), c.copies()))
                        .toList(),
                1,
                duration(d),
                local(d.getReceivedAt()),
                local(d.getDueAt()),
                unitName(d.getReceivingUnitCode()),
                entry == null ? null : Integer.toString(entry.getVolume()),
                entry == null ? 0 : entry.getEntry(),
                d.getCreatedByName()));
    }

    private byte[] supplement(Dossier d) {
        DossierNotice n = notice(d, "MAU02", "Mẫu 02 (yêu cầu bổ sung)");
        return renderer.supplement(new SupplementForm(
                header(d, n.getIssuingUnitCode(), n.getNumber(), n.getIssuedAt()),
                d.getCode(),
                party(d),
                requestContent(d),
                n.getItems(),
                n.getReason(),
                n.getIssuedBy(),
                null));
    }

    private byte[] refusal(Dossier d) {
        DossierNotice n = notice(d, "MAU03", "Mẫu 03 (từ chối)");
        return renderer.refusal(new RefusalForm(
                header(d, n.getIssuingUnitCode(), n.getNumber(), n.getIssuedAt()),
                d.getCode(),
                unitName(n.getIssuingUnitCode()),
                party(d),
                requestContent(d),
                n.getItems(),
                n.getIssuedBy()));
    }

    private byte[] apology(Dossier d) {
        ApologyLetter a = parts.apology(d.getId())
                .orElseThrow(() -> ProblemException.notFound(Messages.DOSSIER_HAS_APOLOGY_LETTER_M, d.getCode()));
        // issued by the unit that let the dossier run late, docs/domain/forms.md §5
        return renderer.apology(new ApologyForm(
                header(d, a.getIssuingUnitCode(), a.getNumber(), a.getIssuedAt()),
                d.getCode(),
                party(d),
                d.getProcedureName(),
                unitName(a.getIssuingUnitCode()),
                local(d.getReceivedAt()),
                local(a.getOriginalDueAt()),
                a.getReason(),
                local(a.getNewDueAt()),
                "THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ",
                a.getSigner()));
    }

    private byte[] stop(Dossier d) {
        DossierNotice n = notice(d, "MAU05", "Mẫu 05 (dừng giải quyết)");
        return renderer.stop(new StopForm(
                header(d, n.getIssuingUnitCode(), n.getNumber(), n.getIssuedAt()),
                d.getCode(),
                party(d),
                d.getProcedureName(),
                n.getReason(),
                local(n.getIssuedAt())));
    }

    private byte[] controlSlip(Dossier d) {
        List<ControlSlipRow> rows = new ArrayList<>();
        List<StepResult.Pause> pauses = null;
        OffsetDateTime since = d.getClockStartAt();
        for (Handover h : parts.handovers(d.getId())) {
            Classification.Result r = h.getResult() == null
                    ? null
                    : Classification.Result.valueOf(h.getResult().name());
            if (r == null) { // a hand-over recorded without a result (before issue 12): the same rule, now
                if (pauses == null) {
                    pauses = parts.pauses(d.getId()).stream()
                            .map(p -> new StepResult.Pause(local(p.getFromAt()), local(p.getToAt())))
                            .toList();
                }
                r = StepResult.of(
                                local(since),
                                local(h.getAt()),
                                h.getBudgetHours(),
                                pauses,
                                local(d.getDueAt()),
                                calendars.forProvince(Jurisdiction.rootOf(d.getReceivingUnitPath())))
                        .orElse(null);
            }
            rows.add(new ControlSlipRow(
                    unitName(h.getFromUnit()),
                    h.getFromUser(),
                    h.getToUnit() == null ? null : unitName(h.getToUnit()),
                    h.getToUser(),
                    local(h.getAt()),
                    StepResult.label(r),
                    h.getStepName()));
            since = h.getAt();
        }
        return renderer.controlSlip(new ControlSlip(
                header(d, d.getDecidingUnitCode(), "PKS-" + d.getCode(), d.getReceivedAt()),
                d.getCode(),
                unitName(d.getDecidingUnitCode()),
                null,
                local(d.getReceivedAt()),
                local(d.getDueAt()),
                rows));
    }

    /** Sổ theo dõi hồ sơ (Mẫu 07) of a receiving point for a period: PDF or Excel. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] book(UnitCopy unit, LocalDate from, LocalDate to, boolean xlsx) {
        if (to.isBefore(from)) {
            throw ProblemException.invalid("to", "notBeforeFrom", Messages.MUST_BEFORE_FROM);
        }
        List<DossierRepository.BookLine> found = dossierRepository.book(
                unit.getPath(),
                from.atStartOfDay(OfficialCalendarService.ZONE).toOffsetDateTime(),
                to.plusDays(1).atStartOfDay(OfficialCalendarService.ZONE).toOffsetDateTime(),
                BOOK_LIMIT + 1);
        if (found.size() > BOOK_LIMIT) {
            throw ProblemException.invalid("to", "maxRows", Messages.BOOK_HOLDS_MOST_DOSSIERS_CHOOSE, BOOK_LIMIT);
        }
        List<BookRow> rows = new ArrayList<>();
        for (DossierRepository.BookLine line : found) {
            Dossier d = line.dossier();
            DossierBookEntry e = line.entry();
            // STT = the dossier's entry in its book (docs/domain/forms.md §3), not its place in this export
            rows.add(new BookRow(
                    e == null ? 0 : e.getEntry(),
                    d.getCode(),
                    d.getProcedureName(),
                    d.getApplicantName(),
                    join(d.getApplicantAddress(), d.getApplicantPhone()),
                    unitName(d.getDecidingUnitCode()),
                    local(d.getReceivedAt()),
                    local(d.getDueAt()),
                    local(d.getReturnedAt()),
                    returnMethod(d.getReturnMethod()),
                    e == null ? 0 : e.getVolume()));
        }
        DossierBook book = new DossierBook(
                new FormHeader(
                        authority(unit.getParentCode()),
                        unit.getName(),
                        "STHS-" + unit.getCode(),
                        null,
                        LocalDate.now(OfficialCalendarService.ZONE)),
                unit.getName(),
                from,
                to,
                rows);
        return xlsx ? renderer.bookXlsx(book) : renderer.book(book);
    }

    private DossierNotice notice(Dossier d, String form, String name) {
        List<DossierNotice> notices = parts.notices(d.getId(), form);
        if (notices.isEmpty()) {
            throw ProblemException.notFound(Messages.DOSSIER_HAS, d.getCode(), name);
        }
        return notices.get(0);
    }

    private FormHeader header(Dossier d, String unitCode, String number, OffsetDateTime at) {
        UnitCopy u = units.findByIdOptional(unitCode).orElse(null);
        return new FormHeader(
                authority(u == null ? null : u.getParentCode()),
                u == null ? unitCode : u.getName(),
                number,
                null,
                at == null ? null : local(at).toLocalDate());
    }

    private String authority(String parentCode) {
        return parentCode == null
                ? null
                : units.findByIdOptional(parentCode).map(UnitCopy::getName).orElse(null);
    }

    private String unitName(String code) {
        return code == null
                ? null
                : units.findByIdOptional(code).map(UnitCopy::getName).orElse(code);
    }

    private static Party party(Dossier d) {
        return new Party(
                d.getApplicantName(),
                d.getApplicantIdNumber(),
                d.getApplicantAddress(),
                d.getApplicantPhone(),
                d.getApplicantEmail());
    }

    private static String duration(Dossier d) {
        BigDecimal v = d.getProcessingTimeValue().stripTrailingZeros();
        String unit = switch (d.getProcessingTimeUnit()) {
            case "HOURS" -> "giờ";
            case "DAYS" -> "ngày";
            case "MONTHS" -> "tháng";
            default -> "ngày làm việc";
        };
        return v.toPlainString() + " " + unit;
    }

    /** Nội dung yêu cầu giải quyết: what the officer entered; the procedure's name only when nothing was entered. */
    private static String requestContent(Dossier d) {
        return d.getContent() == null || d.getContent().isBlank()
                ? d.getProcedureName()
                : d.getContent().trim();
    }

    private static String returnMethod(String m) {
        return m == null
                ? null
                : switch (m) {
                    case "POSTAL" -> "Bưu chính công ích";
                    case "ELECTRONIC" -> "Trực tuyến";
                    default -> "Trực tiếp";
                };
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + " / " + b;
    }

    private static LocalDateTime local(OffsetDateTime t) {
        return t == null ? null : DossierService.local(t);
    }
}

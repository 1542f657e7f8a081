package vn.cchc.dossiers.mapping;

import java.time.OffsetDateTime;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.MappingConstants;
import vn.cchc.dossiers.domain.ApologyLetter;
import vn.cchc.dossiers.domain.Dossier;
import vn.cchc.dossiers.domain.DossierHistory;
import vn.cchc.dossiers.domain.DossierPause;
import vn.cchc.dossiers.domain.Handover;
import vn.cchc.dossiers.domain.HistoryActions;
import vn.cchc.dossiers.rest.DossierDtos.ApologyView;
import vn.cchc.dossiers.rest.DossierDtos.ApplicantDto;
import vn.cchc.dossiers.rest.DossierDtos.ComponentDto;
import vn.cchc.dossiers.rest.DossierDtos.DossierSummary;
import vn.cchc.dossiers.rest.DossierDtos.DossierView;
import vn.cchc.dossiers.rest.DossierDtos.HandoverView;
import vn.cchc.dossiers.rest.DossierDtos.HistoryView;
import vn.cchc.dossiers.rest.DossierDtos.NoticeView;
import vn.cchc.dossiers.rest.DossierDtos.NumbersView;
import vn.cchc.dossiers.rest.DossierDtos.PauseView;
import vn.cchc.dossiers.rest.DossierDtos.TrackingHistory;
import vn.cchc.dossiers.service.DossierCommands;
import vn.cchc.dossiers.service.DossierService.Details;

@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI)
public interface DossierMapper {

    DossierCommands.Applicant toCommand(ApplicantDto dto);

    default DossierCommands.Receive toCommand(vn.cchc.dossiers.rest.DossierDtos.ReceiveInput in) {
        return new DossierCommands.Receive(
                in.procedureCode(),
                in.receivingUnitCode(),
                in.decidingUnitCode(),
                in.channel(),
                toCommand(in.applicant()),
                in.content(),
                in.components() == null
                        ? null
                        : in.components().stream().map(this::toComponent).toList(),
                in.receivedAt(),
                in.returnMethod(),
                in.registered(),
                in.digitised());
    }

    Dossier.Component toComponent(ComponentDto dto);

    ComponentDto toDto(Dossier.Component component);

    /** Times leave the API in Vietnamese local time (+07:00), whatever the database session's zone. */
    static OffsetDateTime vn(OffsetDateTime t) {
        return t == null
                ? null
                : t.atZoneSameInstant(vn.cchc.dossiers.service.OfficialCalendarService.ZONE)
                        .toOffsetDateTime();
    }

    default ApologyView toView(ApologyLetter a) {
        return new ApologyView(
                a.getNumber(),
                a.getReason(),
                vn(a.getOriginalDueAt()),
                vn(a.getNewDueAt()),
                a.getSigner(),
                vn(a.getIssuedAt()),
                a.isTimely(),
                a.getIssuingUnitCode());
    }

    default HistoryView toView(DossierHistory h) {
        return new HistoryView(
                vn(h.getAt()),
                vn(h.getRecordedAt()),
                h.getActor(),
                h.getAction(),
                HistoryActions.label(h.getAction()),
                h.getFromStatus(),
                h.getToStatus(),
                h.getNote());
    }

    /** A step of public tracking: no actor, no note (they may name people). */
    static TrackingHistory toTracking(DossierHistory h) {
        return new TrackingHistory(vn(h.getAt()), h.getToStatus(), h.getAction(), HistoryActions.label(h.getAction()));
    }

    default PauseView toView(DossierPause p) {
        return new PauseView(p.getKind().name(), vn(p.getFromAt()), vn(p.getToAt()));
    }

    default HandoverView toView(Handover h) {
        return new HandoverView(
                h.getStepNo(),
                h.getStepName(),
                h.getFromUser(),
                h.getToUser(),
                h.getToUnit(),
                vn(h.getAt()),
                h.getBudgetHours(),
                h.getUsedHours(),
                h.getResult() == null ? null : h.getResult().name());
    }

    default boolean lateWithoutApology(Dossier d, OffsetDateTime now) {
        boolean late = d.getClassification() == Dossier.Classification.LATE || d.isOverdue(now);
        return late && !d.isHasApology();
    }

    default DossierSummary toSummary(Dossier d, OffsetDateTime now, boolean dueSoon) {
        return new DossierSummary(
                d.getCode(),
                d.getStatus(),
                d.getStatus().code(),
                d.getProcedureCode(),
                d.getProcedureName(),
                d.getReceivingUnitCode(),
                d.getDecidingUnitCode(),
                d.getChannel(),
                d.getApplicantName(),
                vn(d.getReceivedAt()),
                vn(d.getDueAt()),
                vn(d.effectiveDueAt()),
                d.getClassification() == null ? null : d.getClassification().name(),
                d.isOverdue(now),
                dueSoon,
                d.isHasApology(),
                lateWithoutApology(d, now));
    }

    default DossierView toView(
            Dossier d,
            Details details,
            OffsetDateTime now,
            boolean dueSoon,
            List<String> allowed,
            java.time.LocalDate apologyTimelyUntil) {
        return new DossierView(
                d.getCode(),
                d.getStatus(),
                d.getStatus().code(),
                d.getProcedureCode(),
                d.getProcedureName(),
                d.getField(),
                d.getReceivingUnitCode(),
                d.getDecidingUnitCode(),
                d.getChannel(),
                new ApplicantDto(
                        d.getApplicantName(),
                        d.getApplicantIdNumber(),
                        d.getApplicantPhone(),
                        d.getApplicantEmail(),
                        d.getApplicantAddress()),
                d.getContent(),
                d.getComponents().stream().map(this::toDto).toList(),
                vn(d.getReceivedAt()),
                vn(d.getClockStartAt()),
                vn(d.getDueAt()),
                vn(d.getExtendedDueAt()),
                vn(d.effectiveDueAt()),
                vn(d.getResolvedAt()),
                vn(d.getReturnedAt()),
                d.getReturnMethod(),
                d.getClassification() == null ? null : d.getClassification().name(),
                d.isOverdue(now),
                dueSoon,
                details.apology().map(this::toView).orElse(null),
                apologyTimelyUntil,
                lateWithoutApology(d, now),
                details.pauses().stream().map(this::toView).toList(),
                details.handovers().stream().map(this::toView).toList(),
                details.history().stream().map(this::toView).toList(),
                allowed,
                numbers(details));
    }

    default NumbersView numbers(Details details) {
        var entry = details.bookEntry().orElse(null);
        return new NumbersView(
                entry == null ? null : entry.receiptNumber(),
                entry == null ? null : entry.getVolume(),
                entry == null ? null : entry.getEntry(),
                details.notices().stream()
                        .map(n ->
                                new NoticeView(n.getForm(), n.getNumber(), n.getIssuingUnitCode(), vn(n.getIssuedAt())))
                        .toList());
    }
}

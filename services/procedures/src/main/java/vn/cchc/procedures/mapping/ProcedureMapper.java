package vn.cchc.procedures.mapping;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import vn.cchc.procedures.domain.DecisionItem;
import vn.cchc.procedures.domain.ProcedureContent;
import vn.cchc.procedures.domain.ProcedureState;
import vn.cchc.procedures.domain.ProcedureVersion;
import vn.cchc.procedures.domain.PublicationDecision;
import vn.cchc.procedures.rest.ProcedureDtos.ComponentDto;
import vn.cchc.procedures.rest.ProcedureDtos.DecisionRef;
import vn.cchc.procedures.rest.ProcedureDtos.DecisionSummary;
import vn.cchc.procedures.rest.ProcedureDtos.FeeDto;
import vn.cchc.procedures.rest.ProcedureDtos.InternalStepDto;
import vn.cchc.procedures.rest.ProcedureDtos.ProcedureInput;
import vn.cchc.procedures.rest.ProcedureDtos.ProcedureSummary;
import vn.cchc.procedures.rest.ProcedureDtos.ProcedureView;
import vn.cchc.procedures.rest.ProcedureDtos.ProcessingTimeDto;

@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI)
public interface ProcedureMapper {

    @Mapping(
            target = "paperResultRequired",
            expression = "java(in.paperResultRequired() == null || in.paperResultRequired())")
    @Mapping(target = "levels", expression = "java(levels(in))")
    @Mapping(
            target = "channels",
            expression =
                    "java(in.channels() == null || in.channels().isEmpty() ? java.util.List.of(vn.cchc.procedures.domain.Channel.DIRECT) : in.channels())")
    ProcedureContent toContent(ProcedureInput in);

    /** {@code levels}, or the single {@code level} of the first API version. */
    default java.util.List<String> levels(ProcedureInput in) {
        if (in.levels() != null && !in.levels().isEmpty()) {
            return in.levels();
        }
        return in.level() == null ? java.util.List.of() : java.util.List.of(in.level());
    }

    ProcessingTimeDto toDto(ProcedureContent.Duration duration);

    FeeDto toDto(ProcedureContent.Fee fee);

    ComponentDto toDto(ProcedureContent.Component component);

    InternalStepDto toDto(ProcedureContent.InternalStep step);

    DecisionSummary toSummary(PublicationDecision decision);

    default DecisionRef toRef(PublicationDecision d, DecisionItem item) {
        return d == null
                ? null
                : new DecisionRef(
                        d.getId(),
                        d.getNumber(),
                        d.getDecisionDate(),
                        d.getEffectiveDate(),
                        item == null ? null : item.getAction());
    }

    default ProcedureSummary toSummary(ProcedureVersion v, ProcedureState state, String agencyName) {
        return new ProcedureSummary(
                v.getProcedure().getCode(),
                v.getName(),
                v.getField(),
                v.getLevels(),
                v.getDecidingAgencyCode(),
                agencyName,
                toDto(v.getProcessingTime()),
                v.getOnlineLevel(),
                state,
                v.getVersion(),
                v.getValidFrom());
    }

    default ProcedureView toView(
            ProcedureVersion v, ProcedureState state, String agencyName, boolean hasDraft, DecisionRef decision) {
        ProcedureContent c = v.content();
        var p = v.getProcedure();
        return new ProcedureView(
                p.getCode(),
                p.getBaseCode(),
                c.name(),
                c.field(),
                c.levels(),
                c.decidingAgencyCode(),
                agencyName,
                c.receivingPoints(),
                c.channels(),
                c.onlineLevel(),
                c.fullOnlineEligible(),
                toDto(c.processingTime()),
                toDto(c.statutoryTime()),
                c.afternoonCutoff(),
                c.fees().stream().map(this::toDto).toList(),
                c.components().stream().map(this::toDto).toList(),
                c.steps(),
                c.applicants(),
                c.resultType(),
                c.paperResultRequired(),
                c.conditions(),
                c.legalBasis(),
                c.internalSteps().stream().map(this::toDto).toList(),
                state,
                v.getVersion(),
                v.getValidFrom(),
                v.getValidTo(),
                v.isDraft(),
                hasDraft,
                p.getAbolishedOn(),
                p.getReplacedBy(),
                decision,
                p.getUpdatedAt());
    }
}

package vn.cchc.procedures.mapping;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import vn.cchc.procedures.domain.Procedure;
import vn.cchc.procedures.rest.ProcedureDtos.ProcedureView;
import vn.cchc.shared.contract.ProcedureEventV1;

@Mapper
public interface ProcedureMapper {

    @Mapping(target = "processingTime.value", source = "processingTimeValue")
    @Mapping(target = "processingTime.unit", source = "processingTimeUnit")
    ProcedureView toView(Procedure procedure);

    @Mapping(target = "processingTime.value", source = "procedure.processingTimeValue")
    @Mapping(target = "processingTime.unit", source = "procedure.processingTimeUnit")
    @Mapping(target = "decision", source = "decision")
    ProcedureEventV1 toEvent(Procedure procedure, ProcedureEventV1.Decision decision);
}

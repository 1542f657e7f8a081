package vn.cchc.procedures.mapping;

import org.mapstruct.Mapper;
import org.mapstruct.MappingConstants;
import vn.cchc.procedures.domain.AdminUnit;
import vn.cchc.procedures.domain.UnitLevel;
import vn.cchc.procedures.rest.UnitDtos.LevelView;
import vn.cchc.procedures.rest.UnitDtos.UnitInput;
import vn.cchc.procedures.rest.UnitDtos.UnitView;
import vn.cchc.procedures.service.UnitCommand;

@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI)
public interface UnitMapper {

    UnitView toView(AdminUnit unit);

    LevelView toView(UnitLevel level);

    UnitCommand toCommand(UnitInput input);
}

package vn.cchc.parindex.mapping;

import org.mapstruct.Mapper;
import vn.cchc.parindex.domain.CriteriaSet;
import vn.cchc.parindex.service.CriteriaSetDtos.CriteriaSetView;

@Mapper
public interface CriteriaSetMapper {
    CriteriaSetView toView(CriteriaSet set);
}

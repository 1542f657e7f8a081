package vn.cchc.inspections.mapping;

import org.mapstruct.Mapper;
import vn.cchc.inspections.domain.ContentGroup;
import vn.cchc.inspections.rest.ContentGroupView;

@Mapper
public interface ContentGroupMapper {
    ContentGroupView toView(ContentGroup group);
}

package vn.cchc.inspections.mapping;

import java.util.List;
import org.mapstruct.Mapper;
import vn.cchc.inspections.domain.ChecklistItem;
import vn.cchc.inspections.domain.ContentGroup;
import vn.cchc.inspections.service.ContentGroupView;
import vn.cchc.inspections.service.InspectionDtos.ChecklistItemView;

@Mapper
public interface ContentGroupMapper {

    ChecklistItemView toView(ChecklistItem item);

    List<ChecklistItemView> toItemViews(List<ChecklistItem> items);

    default ContentGroupView toView(ContentGroup group, List<ChecklistItem> items) {
        return new ContentGroupView(
                group.getCode(),
                group.getNameVi(),
                group.getNameEn(),
                group.getSortOrder(),
                group.getValidFrom(),
                group.getValidTo(),
                toItemViews(items));
    }
}

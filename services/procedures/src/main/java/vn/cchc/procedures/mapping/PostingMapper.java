package vn.cchc.procedures.mapping;

import org.mapstruct.Mapper;
import org.mapstruct.MappingConstants;
import vn.cchc.procedures.domain.PostingCompliance;
import vn.cchc.procedures.rest.PostingDtos.ComplianceTotals;
import vn.cchc.procedures.rest.PostingDtos.MissingView;
import vn.cchc.procedures.rest.PostingDtos.OutdatedView;
import vn.cchc.procedures.rest.PostingDtos.PostedItemView;
import vn.cchc.procedures.rest.PostingDtos.StaleView;
import vn.cchc.procedures.service.ComplianceService;
import vn.cchc.procedures.service.PostingService.PostedItem;

@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI)
public interface PostingMapper {

    PostedItemView toView(PostedItem item);

    StaleView toView(PostingCompliance.Stale stale);

    MissingView toView(PostingCompliance.Missing missing);

    OutdatedView toView(PostingCompliance.Outdated outdated);

    ComplianceTotals toView(ComplianceService.Totals totals);
}

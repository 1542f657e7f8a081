package vn.cchc.parindex.mapping;

import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import vn.cchc.parindex.domain.Assessment;
import vn.cchc.parindex.domain.EvidenceDocument;
import vn.cchc.parindex.service.AssessmentDtos.AssessmentView;
import vn.cchc.parindex.service.AssessmentDtos.EvidenceView;

@Mapper
public interface AssessmentMapper {

    @Mapping(target = "id", source = "a.id")
    @Mapping(target = "criteriaSetId", source = "a.setId")
    @Mapping(target = "version", source = "a.version")
    @Mapping(target = "maxPoints", source = "a.maxPoints")
    AssessmentView toView(
            Assessment a, String criteriaSetCode, List<String> allowedActions, List<String> missingEvidenceConfirmed);

    @Mapping(target = "size", source = "d.sizeBytes")
    @Mapping(target = "id", source = "d.id")
    EvidenceView toView(EvidenceDocument d, List<String> linkedCriteria);
}

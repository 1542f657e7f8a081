package vn.cchc.inspections.mapping;

import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import vn.cchc.inspections.domain.Attachment;
import vn.cchc.inspections.domain.ChecklistItem;
import vn.cchc.inspections.domain.FindingFigure;
import vn.cchc.inspections.domain.SelfReport;
import vn.cchc.inspections.domain.TeamMember;
import vn.cchc.inspections.domain.rules.EvidenceFigures;
import vn.cchc.inspections.service.InspectionDtos.ChecklistItemView;
import vn.cchc.inspections.service.InspectionDtos.DocumentView;
import vn.cchc.inspections.service.InspectionDtos.FigureView;
import vn.cchc.inspections.service.InspectionDtos.SelfReportItemView;
import vn.cchc.inspections.service.InspectionDtos.TeamMemberView;

@Mapper
public interface InspectionMapper {

    ChecklistItemView toView(ChecklistItem item);

    TeamMemberView toView(TeamMember member);

    List<TeamMemberView> toTeamViews(List<TeamMember> members);

    FigureView toView(FindingFigure figure);

    FigureView toView(EvidenceFigures.Figure figure);

    DocumentView toView(Attachment attachment);

    @Mapping(target = "itemId", source = "checklistItemId")
    SelfReportItemView toView(SelfReport.Item item);
}

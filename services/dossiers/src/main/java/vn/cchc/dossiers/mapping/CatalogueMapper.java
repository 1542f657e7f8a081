package vn.cchc.dossiers.mapping;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import vn.cchc.dossiers.domain.CatalogueProcedure;
import vn.cchc.dossiers.domain.CatalogueProcedureVersion;
import vn.cchc.dossiers.rest.CatalogueDtos.CatalogueProcedureView;
import vn.cchc.dossiers.rest.CatalogueDtos.CatalogueVersionView;

@Mapper
public interface CatalogueMapper {

    @Mapping(target = "processingTime.value", source = "processingTimeValue")
    @Mapping(target = "processingTime.unit", source = "processingTimeUnit")
    CatalogueProcedureView toView(CatalogueProcedure procedure);

    @Mapping(target = "version", source = "contentVersion")
    @Mapping(target = "processingTime.value", source = "processingTimeValue")
    @Mapping(target = "processingTime.unit", source = "processingTimeUnit")
    CatalogueVersionView toView(CatalogueProcedureVersion version);
}

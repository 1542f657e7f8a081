package vn.cchc.procedures.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cchc.procedures.security.AccessPolicy.Actor;
import vn.cchc.procedures.security.AccessPolicy.Denial;
import vn.cchc.procedures.security.AccessPolicy.UnitRef;

/** The rules of {@link AccessPolicy} on plain data: the role decides what, the unit decides where. */
class AccessPolicyTest {

    static Actor actor(String role, String unit, String path) {
        return new Actor(role + "@" + unit, Set.of(role), unit, path);
    }

    static final Actor ADMIN_H99 = actor("admin", "H99", "/H99/");
    static final Actor ADMIN_H98 = actor("admin", "H98", "/H98/");
    static final Actor ADMIN_NO_UNIT = actor("admin", null, null);
    static final Actor ADMIN_UNKNOWN_UNIT = actor("admin", "H97", null);
    static final Actor NATIONAL = new Actor("national", Set.of("national-admin"), null, null);
    static final Actor CATALOGUE_H99 = actor("catalogue-admin", "H99.SNV", "/H99/H99.SNV/");
    static final Actor CATALOGUE_H98 = actor("catalogue-admin", "H98.SNV", "/H98/H98.SNV/");
    static final Actor INTEGRATION = actor("integration", "H99", "/H99/");
    static final Actor OFFICER_X01 = actor("officer", "H99.X01", "/H99/H99.X01/");
    static final Actor LEADER_X01 = actor("leader", "H99.X01", "/H99/H99.X01/");
    static final Actor SPECIALIST_X01 = actor("specialist", "H99.X01", "/H99/H99.X01/");
    static final Actor OFFICER_X02 = actor("officer", "H99.X02", "/H99/H99.X02/");
    static final Actor INSPECTOR_H99 = actor("inspector", "H99.SNV", "/H99/H99.SNV/");
    static final Actor INSPECTOR_H98 = actor("inspector", "H98.SNV", "/H98/H98.SNV/");

    static final UnitRef COMMUNE_H99 = new UnitRef("H99.X01", "COMMUNE", false, "H99");
    static final UnitRef NEW_COMMUNE_H99 = new UnitRef("H99.X99", "COMMUNE", false, "H99");
    static final UnitRef ROOT_H97 = new UnitRef("H97", "PROVINCE", true, "H97");
    static final UnitRef CENTRAL_IN_H99 = new UnitRef("H99.BO", "CENTRAL", false, "H99");

    @Test
    void anAdminWritesUnitsOnlyInsideTheProvinceOfTheirUnit() {
        assertNull(AccessPolicy.unitWriteDenial(ADMIN_H99, null, NEW_COMMUNE_H99, null));
        assertNull(AccessPolicy.unitWriteDenial(ADMIN_H99, COMMUNE_H99, COMMUNE_H99, "H99"));
        // H98 creates, updates, moves or merges H99 units: refused (issue 11, item 2)
        assertEquals(
                "parentCode",
                AccessPolicy.unitWriteDenial(ADMIN_H98, null, NEW_COMMUNE_H99, null)
                        .field());
        assertEquals(
                "code",
                AccessPolicy.unitWriteDenial(ADMIN_H98, COMMUNE_H99, COMMUNE_H99, null)
                        .field());
        // moving an own unit under another province, or merging into another province's unit
        assertEquals(
                "parentCode",
                AccessPolicy.unitWriteDenial(
                                ADMIN_H99, COMMUNE_H99, new UnitRef("H99.X01", "COMMUNE", false, "H98"), null)
                        .field());
        assertEquals(
                "successorCode",
                AccessPolicy.unitWriteDenial(ADMIN_H99, COMMUNE_H99, COMMUNE_H99, "H98")
                        .field());
        // no unit, or a unit this service does not know: no province, nothing written
        assertNotNull(AccessPolicy.unitWriteDenial(ADMIN_NO_UNIT, null, NEW_COMMUNE_H99, null));
        assertNotNull(AccessPolicy.unitWriteDenial(ADMIN_UNKNOWN_UNIT, null, NEW_COMMUNE_H99, null));
    }

    @Test
    void catalogueWorkIsCountedForTheCatalogueStaffOfTheirOwnProvince() {
        assertEquals("H99", AccessPolicy.catalogueWorkProvince(CATALOGUE_H99));
        assertEquals("H98", AccessPolicy.catalogueWorkProvince(CATALOGUE_H98));
        assertEquals("H99", AccessPolicy.catalogueWorkProvince(ADMIN_H99));
        // no province (no unit, a unit unknown here, national-admin), or no catalogue role: none
        for (Actor a : List.of(
                ADMIN_NO_UNIT,
                ADMIN_UNKNOWN_UNIT,
                NATIONAL,
                INTEGRATION,
                OFFICER_X01,
                LEADER_X01,
                SPECIALIST_X01,
                INSPECTOR_H99)) {
            assertNull(AccessPolicy.catalogueWorkProvince(a), a.name());
        }
    }

    @Test
    void provincesAndCentralUnitsAreNationalData() {
        assertNotNull(AccessPolicy.unitWriteDenial(ADMIN_H99, null, ROOT_H97, null));
        assertNotNull(AccessPolicy.unitWriteDenial(ADMIN_H99, null, CENTRAL_IN_H99, null));
        // a province admin does not rewrite the province's own root either
        assertNotNull(AccessPolicy.unitWriteDenial(
                ADMIN_H99,
                new UnitRef("H99", "PROVINCE", true, "H99"),
                new UnitRef("H99", "PROVINCE", true, "H99"),
                null));
        assertNull(AccessPolicy.unitWriteDenial(NATIONAL, null, ROOT_H97, null));
        assertNull(AccessPolicy.unitWriteDenial(NATIONAL, null, CENTRAL_IN_H99, null));
        // a province merged into another (the 2025 reform) is national data too
        assertNull(AccessPolicy.unitWriteDenial(NATIONAL, ROOT_H97, ROOT_H97, "H99"));
        // national-admin writes no province data
        assertNotNull(AccessPolicy.unitWriteDenial(NATIONAL, null, NEW_COMMUNE_H99, null));
        assertNotNull(AccessPolicy.unitWriteDenial(NATIONAL, COMMUNE_H99, COMMUNE_H99, null));
    }

    @Test
    void otherRolesAndTheIntegrationClientWriteNoUnit() {
        for (Actor a : List.of(CATALOGUE_H99, OFFICER_X01, INSPECTOR_H99, INTEGRATION)) {
            assertEquals(
                    "role",
                    AccessPolicy.unitWriteDenial(a, null, NEW_COMMUNE_H99, null).field(),
                    a.name());
        }
        Actor integrationAdmin = new Actor("x", Set.of("integration", "admin"), "H99", "/H99/");
        assertFalse(integrationAdmin.integration(), "a staff role with integration is staff");
    }

    @Test
    void theCatalogueOfAProvinceIsWrittenByItsOwnCatalogueStaffAndTheNationalOneByNationalAdmin() {
        assertTrue(AccessPolicy.canWriteCatalogue(CATALOGUE_H99, "H99"));
        assertTrue(AccessPolicy.canWriteCatalogue(ADMIN_H99, "H99"));
        assertFalse(AccessPolicy.canWriteCatalogue(CATALOGUE_H98, "H99"));
        assertFalse(AccessPolicy.canWriteCatalogue(ADMIN_H98, "H99"));
        assertFalse(AccessPolicy.canWriteCatalogue(OFFICER_X01, "H99"));
        assertFalse(AccessPolicy.canWriteCatalogue(INTEGRATION, "H99"));
        assertFalse(AccessPolicy.canWriteCatalogue(ADMIN_NO_UNIT, "H99"));
        assertFalse(AccessPolicy.canWriteCatalogue(ADMIN_H99, AccessPolicy.NATIONAL_CATALOGUE));
        assertTrue(AccessPolicy.canWriteCatalogue(NATIONAL, AccessPolicy.NATIONAL_CATALOGUE));
        assertFalse(AccessPolicy.canWriteCatalogue(NATIONAL, "H99"));
        // national-admin reads every catalogue's drafts; other provinces' staff read none
        assertTrue(AccessPolicy.canSeeUnpublished(NATIONAL, "H99"));
        assertFalse(AccessPolicy.canSeeUnpublished(CATALOGUE_H98, "H99"));
        assertFalse(AccessPolicy.canSeeUnpublished(INTEGRATION, "H99"));
    }

    @Test
    void aNewProcedureGoesToTheCreatorsCatalogueAndItsCodeMayNameNoOther() {
        Map<String, String> roots = Map.of("H99", "PROVINCE", "H98", "PROVINCE", "BTP", "CENTRAL");
        assertEquals("H99", AccessPolicy.newProcedure(CATALOGUE_H99, "1.001193.000.00.00.H99", roots));
        assertEquals("H99", AccessPolicy.newProcedure(CATALOGUE_H99, "8.123.1", roots));
        assertEquals("VN", AccessPolicy.newProcedure(NATIONAL, "1.000948", roots));
        assertEquals("VN", AccessPolicy.newProcedure(NATIONAL, "1.000948.BTP", roots));
        // an H98 admin creating a procedure whose code names H99's catalogue: refused
        assertInstanceOf(Denial.class, AccessPolicy.newProcedure(ADMIN_H98, "1.001193.000.00.00.H99", roots));
        assertInstanceOf(Denial.class, AccessPolicy.newProcedure(CATALOGUE_H99, "1.000948.BTP", roots));
        assertInstanceOf(Denial.class, AccessPolicy.newProcedure(NATIONAL, "1.001193.H99", roots));
        assertInstanceOf(Denial.class, AccessPolicy.newProcedure(ADMIN_NO_UNIT, "8.1", roots));
        assertInstanceOf(Denial.class, AccessPolicy.newProcedure(INTEGRATION, "8.1", roots));
        assertInstanceOf(Denial.class, AccessPolicy.newProcedure(OFFICER_X01, "8.1", roots));
        assertNull(AccessPolicy.namedCatalogue("H99", roots), "a code without segments names nothing");
        assertNull(AccessPolicy.namedCatalogue("1.2.H42", roots), "an unknown province code names nothing");
    }

    @Test
    void aProvinceProcedureNamesOnlyUnitsOfItsProvince() {
        Map<String, String> rootOf = Map.of("H99.SYT", "H99", "H99.X01.MC", "H99", "H98.X01.MC", "H98");
        assertNull(AccessPolicy.referencesDenial("H99", "H99.SYT", List.of("H99.X01.MC"), rootOf));
        assertEquals(
                "receivingPoints[1]",
                AccessPolicy.referencesDenial("H99", null, List.of("H99.X01.MC", "H98.X01.MC"), rootOf)
                        .field());
        assertEquals(
                "decidingAgencyCode",
                AccessPolicy.referencesDenial("H98", "H99.SYT", List.of(), rootOf)
                        .field());
        // unknown units are validation's business (400 exists), not access
        assertNull(AccessPolicy.referencesDenial("H99", "NO.SUCH", List.of("NO.SUCH"), rootOf));
        // the national catalogue may name any unit
        assertNull(AccessPolicy.referencesDenial("VN", "H99.SYT", List.of("H98.X01.MC"), rootOf));
    }

    @Test
    void postingIsForTheUnitsOwnOfficersAndLeadersAndTheProvincesAdmins() {
        String point = "/H99/H99.X01/H99.X01.MC/";
        assertTrue(AccessPolicy.canPost(OFFICER_X01, point));
        assertTrue(AccessPolicy.canPost(LEADER_X01, point));
        assertTrue(AccessPolicy.canPost(ADMIN_H99, point));
        assertFalse(AccessPolicy.canPost(OFFICER_X02, point));
        assertFalse(AccessPolicy.canPost(SPECIALIST_X01, point));
        assertFalse(AccessPolicy.canPost(ADMIN_H98, point), "H98 writes H99 postings: refused");
        assertFalse(AccessPolicy.canPost(ADMIN_NO_UNIT, point));
        assertFalse(AccessPolicy.canPost(NATIONAL, point));
        assertFalse(AccessPolicy.canPost(INTEGRATION, point));
    }

    @Test
    void complianceIsReadInsideTheOwnSubtreeOrProvince() {
        String point = "/H99/H99.X01/H99.X01.MC/";
        assertTrue(AccessPolicy.canReadCompliance(OFFICER_X01, point));
        assertTrue(AccessPolicy.canReadCompliance(SPECIALIST_X01, point));
        assertTrue(AccessPolicy.canReadCompliance(INSPECTOR_H99, point));
        assertTrue(AccessPolicy.canReadCompliance(CATALOGUE_H99, point));
        assertTrue(AccessPolicy.canReadCompliance(NATIONAL, point));
        assertFalse(AccessPolicy.canReadCompliance(OFFICER_X02, point));
        // H98's inspector, admin and catalogue-admin read H99 compliance: refused (issue 11, item 2)
        assertFalse(AccessPolicy.canReadCompliance(INSPECTOR_H98, point));
        assertFalse(AccessPolicy.canReadCompliance(ADMIN_H98, point));
        assertFalse(AccessPolicy.canReadCompliance(CATALOGUE_H98, point));
        assertFalse(AccessPolicy.canReadCompliance(ADMIN_NO_UNIT, point));
        assertFalse(AccessPolicy.canReadCompliance(INTEGRATION, point));
    }
}

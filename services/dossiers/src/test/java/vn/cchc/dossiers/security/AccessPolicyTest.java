package vn.cchc.dossiers.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cchc.dossiers.security.AccessPolicy.Subject;
import vn.cchc.shared.problem.ProblemException;

/** The role decides what, the unit decides where: every rule of {@link AccessPolicy}. */
class AccessPolicyTest {

    static final String X01 = "/H99/H99.X01/";
    static final String X01_MC = "/H99/H99.X01/H99.X01.MC/";
    static final String X02_MC = "/H99/H99.X02/H99.X02.MC/";
    static final String OTHER = "/H98/H98.X01/H98.X01.MC/";

    static Subject s(String role, String unit, String path) {
        return new Subject(role + "@" + unit, Set.of(role), unit, path);
    }

    static final Subject OFFICER = s("officer", "H99.X01", X01);
    static final Subject OFFICER_MC = s("officer", "H99.X01.MC", X01_MC);
    static final Subject OFFICER_X02 = s("officer", "H99.X02", "/H99/H99.X02/");
    static final Subject LEADER = s("leader", "H99.X01", X01);
    static final Subject INSPECTOR = s("inspector", "H99", "/H99/");
    static final Subject INSPECTOR_AT_COMMUNE = s("inspector", "H99.X02", "/H99/H99.X02/");
    static final Subject INSPECTOR_H98 = s("inspector", "H98", "/H98/");
    static final Subject ADMIN = s("admin", "H99", "/H99/");
    static final Subject ADMIN_H98 = s("admin", "H98", "/H98/");
    static final Subject ADMIN_NO_UNIT = s("admin", null, null);
    static final Subject NATIONAL = s("national-admin", null, null);
    static final Subject INTEGRATION = s("integration", "H99", "/H99/");
    static final Subject APPRAISER = s("appraiser", "H99", "/H99/");

    @Test
    void aUnitCodeWithoutAKnownPathIsNoUnit() {
        Subject unknown = new Subject("x", Set.of("admin"), "H77", null);
        assertFalse(unknown.hasUnit());
        assertEquals(Optional.empty(), unknown.province());
        assertFalse(AccessPolicy.canWriteCalendar(unknown, "H77"));
        assertEquals(Optional.empty(), AccessPolicy.listScope(unknown));
    }

    @Test
    void unitStaffWorkOnTheirUnitAndBelow() {
        assertTrue(AccessPolicy.canRead(OFFICER, X01_MC, X01));
        assertTrue(AccessPolicy.canRead(OFFICER_MC, X01_MC, X01), "the one-stop centre below the commune");
        assertFalse(AccessPolicy.canRead(OFFICER_X02, X01_MC, X01), "a sibling commune");
        assertTrue(AccessPolicy.canAct(OFFICER, Set.of("officer"), X01_MC, X01));
        assertFalse(AccessPolicy.canAct(OFFICER, Set.of("leader"), X01_MC, X01), "not the action's role");
        assertFalse(AccessPolicy.canAct(OFFICER_X02, Set.of("officer"), X01_MC, X01));
        assertTrue(AccessPolicy.canApologise(LEADER, X01, Set.of("H99.X01")));
        assertFalse(AccessPolicy.canApologise(OFFICER, X01, Set.of("H99.X01")));
        assertEquals(Optional.of(X01), AccessPolicy.listScope(OFFICER));
    }

    /** Mẫu 04 by the unit that let the dossier run late (docs/domain/forms.md §5). */
    @Test
    void theApologyIsIssuedByTheHandlingUnitNotByAProvinceLeaderAbove() {
        Subject provinceLeader = s("leader", "H99", "/H99/");
        Subject siblingLeader = s("leader", "H99.X02", "/H99/H99.X02/");
        // a commune's dossier that never left the commune: only the commune's leader
        assertTrue(AccessPolicy.canApologise(LEADER, X01, Set.of("H99.X01", "H99.X01.MC")));
        assertFalse(
                AccessPolicy.canApologise(provinceLeader, X01, Set.of("H99.X01", "H99.X01.MC")),
                "the province covers the commune but never handled the dossier");
        assertFalse(
                AccessPolicy.canApologise(siblingLeader, X01, Set.of("H99.X01", "H99.X02")),
                "handled by a sibling that does not cover the issuing unit");
        // the dossier went through the province and is back at the commune: the province leader may sign
        assertTrue(AccessPolicy.canApologise(provinceLeader, X01, Set.of("H99.X01", "H99")));
        // the dossier is at the province now: the province issues, the commune no longer does
        assertTrue(AccessPolicy.canApologise(provinceLeader, "/H99/", Set.of("H99.X01", "H99")));
        assertFalse(AccessPolicy.canApologise(LEADER, "/H99/", Set.of("H99.X01", "H99")));
        assertFalse(AccessPolicy.canApologise(LEADER, null, Set.of("H99.X01")), "an issuing unit unknown here");
        assertFalse(AccessPolicy.canApologise(s("specialist", "H99.X01", X01), X01, Set.of("H99.X01")), "leaders only");
    }

    @Test
    void inspectorsAreProvinceWideAndReadOnly() {
        assertTrue(AccessPolicy.canRead(INSPECTOR, X01_MC, X01), "a commune's dossier");
        assertTrue(AccessPolicy.canRead(INSPECTOR_AT_COMMUNE, X01_MC, X01), "province-wide whatever its unit");
        assertFalse(AccessPolicy.canRead(INSPECTOR_H98, X01_MC, X01), "never another province");
        assertFalse(
                AccessPolicy.canAct(INSPECTOR, Set.of("officer", "specialist", "leader", "inspector"), X01_MC, X01));
        assertEquals(Optional.of("/H99/"), AccessPolicy.listScope(INSPECTOR_AT_COMMUNE));
        assertTrue(AccessPolicy.canReadBook(INSPECTOR, X02_MC));
        assertTrue(AccessPolicy.canReport(INSPECTOR_AT_COMMUNE, X01));
        assertFalse(AccessPolicy.canReport(INSPECTOR_H98, X01));
    }

    @Test
    void adminsReadTheirProvinceOnlyAndNeverAct() {
        assertTrue(AccessPolicy.canRead(ADMIN, X02_MC, "/H99/H99.X02/"));
        assertFalse(AccessPolicy.canRead(ADMIN_H98, X01_MC, X01));
        assertFalse(AccessPolicy.canRead(ADMIN_NO_UNIT, X01_MC, X01));
        assertFalse(AccessPolicy.canAct(ADMIN, Set.of("officer", "admin"), X01_MC, X01));
        assertFalse(AccessPolicy.canReadBook(ADMIN_H98, X01_MC));
        assertFalse(AccessPolicy.canReport(ADMIN_H98, X01));
        assertEquals(Optional.empty(), AccessPolicy.listScope(ADMIN_NO_UNIT));
        assertTrue(AccessPolicy.canImport(ADMIN, X02_MC));
        assertFalse(AccessPolicy.canImport(ADMIN_H98, X02_MC));
        assertFalse(AccessPolicy.canReceive(ADMIN, X02_MC), "an admin does not receive dossiers");
    }

    @Test
    void theNationalCalendarIsWrittenOnlyByANationalAdmin() {
        assertTrue(AccessPolicy.canWriteCalendar(NATIONAL, "VN"));
        assertFalse(AccessPolicy.canWriteCalendar(NATIONAL, "H99"), "no province data");
        assertFalse(AccessPolicy.canWriteCalendar(ADMIN, "VN"));
        assertFalse(AccessPolicy.canWriteCalendar(ADMIN_NO_UNIT, "VN"), "no fallback to VN");
        assertTrue(AccessPolicy.canWriteCalendar(ADMIN, "H99"));
        assertFalse(AccessPolicy.canWriteCalendar(ADMIN_H98, "H99"));
        assertFalse(AccessPolicy.canWriteCalendar(s("admin", "H99.X01", X01), "H99.X01"), "the province is the root");
        assertTrue(AccessPolicy.canWriteCalendar(s("admin", "H99.X01", X01), "H99"));
        assertFalse(AccessPolicy.canWriteCalendar(ADMIN, null));
        assertEquals(Optional.of("VN"), AccessPolicy.defaultCalendar(NATIONAL));
        assertEquals(Optional.of("H99"), AccessPolicy.defaultCalendar(OFFICER));
        assertEquals(Optional.empty(), AccessPolicy.defaultCalendar(ADMIN_NO_UNIT));
    }

    @Test
    void aNationalAdminReadsReportsAndCataloguesButNoDossiers() {
        assertFalse(AccessPolicy.canRead(NATIONAL, X01_MC, X01));
        assertFalse(AccessPolicy.canReadBook(NATIONAL, X01_MC));
        assertTrue(AccessPolicy.canReport(NATIONAL, X01));
        assertTrue(AccessPolicy.canReadProcedure(NATIONAL, "H99"));
        assertEquals(Optional.empty(), AccessPolicy.listScope(NATIONAL));
    }

    @Test
    void theIntegrationClientReceivesOnlyInsideItsSubtree() {
        assertTrue(INTEGRATION.integrationOnly());
        assertFalse(new Subject("x", Set.of("integration", "officer"), "H99", "/H99/").integrationOnly());
        assertTrue(AccessPolicy.canReceive(INTEGRATION, X01_MC));
        assertFalse(AccessPolicy.canReceive(INTEGRATION, OTHER));
        assertTrue(AccessPolicy.canImport(INTEGRATION, X01_MC));
        assertFalse(AccessPolicy.canImport(s("integration", "H98", "/H98/"), X01_MC));
        assertFalse(AccessPolicy.canRead(INTEGRATION, X01_MC, X01));
        assertFalse(AccessPolicy.canReadCalendar(INTEGRATION));
        assertFalse(AccessPolicy.canReadProcedure(INTEGRATION, null));
        assertFalse(AccessPolicy.canReport(INTEGRATION, X01));
        assertEquals(Optional.empty(), AccessPolicy.listScope(INTEGRATION));
    }

    @Test
    void aProvincesProceduresStayInsideIt() {
        assertTrue(AccessPolicy.canReadProcedure(OFFICER, null), "national procedures for everybody");
        assertTrue(AccessPolicy.canReadProcedure(OFFICER, "H99"));
        assertFalse(AccessPolicy.canReadProcedure(s("officer", "H98.X01", "/H98/H98.X01/"), "H99"));
        assertFalse(AccessPolicy.canReadProcedure(ADMIN_NO_UNIT, null));
        assertFalse(AccessPolicy.canReadProcedure(INSPECTOR, null), "not a catalogue role here");
    }

    @Test
    void previewsAndAppraisers() {
        assertTrue(AccessPolicy.canPreview(OFFICER_X02, X01_MC), "same province");
        assertFalse(AccessPolicy.canPreview(OFFICER, OTHER));
        assertTrue(AccessPolicy.canReport(APPRAISER, X02_MC));
        assertFalse(AccessPolicy.canRead(APPRAISER, X02_MC, "/H99/H99.X02/"));
    }

    @Test
    void theCalendarWrittenIsTheNamedOneOrTheCallersOwn() {
        assertEquals("H99", AccessPolicy.calendarToWrite(ADMIN, null));
        assertEquals("H99", AccessPolicy.calendarToWrite(s("admin", "H99.X01", X01), " "), "the province is the root");
        assertEquals("VN", AccessPolicy.calendarToWrite(NATIONAL, null));
        assertEquals("H99", AccessPolicy.calendarToWrite(ADMIN, " H99 "));
        assertEquals(
                403,
                assertThrows(ProblemException.class, () -> AccessPolicy.calendarToWrite(ADMIN_NO_UNIT, null))
                        .status(),
                "no fallback to VN");
        assertEquals(
                403,
                assertThrows(ProblemException.class, () -> AccessPolicy.calendarToWrite(ADMIN, "VN"))
                        .status());
        assertEquals(
                403,
                assertThrows(ProblemException.class, () -> AccessPolicy.calendarToWrite(ADMIN_H98, "H99"))
                        .status());
        assertEquals(
                403,
                assertThrows(ProblemException.class, () -> AccessPolicy.requireReadCalendar(INTEGRATION))
                        .status());
        assertEquals("H99", AccessPolicy.requireDefaultCalendar(OFFICER));
        assertEquals("VN", AccessPolicy.requireDefaultCalendar(NATIONAL));
        assertThrows(ProblemException.class, () -> AccessPolicy.requireDefaultCalendar(ADMIN_NO_UNIT));
    }

    @Test
    void aReportIsOfTheNamedUnitOrTheCallersOwn() {
        assertEquals("H99.X01", AccessPolicy.reportUnit(OFFICER, null));
        assertEquals("H99.X02", AccessPolicy.reportUnit(OFFICER, "H99.X02"), "named: checked on its path afterwards");
        assertEquals(
                400,
                assertThrows(ProblemException.class, () -> AccessPolicy.reportUnit(NATIONAL, null))
                        .status(),
                "a national admin names the unit");
        assertEquals("H99", AccessPolicy.reportUnit(NATIONAL, "H99"));
        assertEquals(
                403,
                assertThrows(ProblemException.class, () -> AccessPolicy.reportUnit(ADMIN_NO_UNIT, "H99"))
                        .status());
        AccessPolicy.requireReport(OFFICER, "H99.X01.MC", X01_MC);
        assertThrows(ProblemException.class, () -> AccessPolicy.requireReport(OFFICER, "H99.X02.MC", X02_MC));
        AccessPolicy.requireBook(INSPECTOR, "H99.X02.MC", X02_MC);
        assertThrows(ProblemException.class, () -> AccessPolicy.requireBook(INSPECTOR_H98, "H99.X02.MC", X02_MC));
        assertThrows(ProblemException.class, () -> AccessPolicy.requireUnit(ADMIN_NO_UNIT));
    }

    @Test
    void aCitizenSeesOnlyTheDossiersOfItsOwnIdNumber() {
        assertEquals("001099000001", AccessPolicy.applicantOf(Optional.of("001099000001")));
        assertEquals(
                403,
                assertThrows(ProblemException.class, () -> AccessPolicy.applicantOf(Optional.empty()))
                        .status());
    }

    @Test
    void previewsNeedUnitStaffAndTheCatalogueIsTheProvincesOrAll() {
        assertTrue(AccessPolicy.canPreviewSomewhere(OFFICER));
        assertFalse(AccessPolicy.canPreviewSomewhere(ADMIN), "admins do not receive dossiers");
        assertFalse(AccessPolicy.canPreviewSomewhere(s("officer", "H77", null)), "an unknown unit is no unit");
        assertEquals(Optional.of("H99"), AccessPolicy.catalogueProvince(OFFICER_MC));
        assertEquals(Optional.empty(), AccessPolicy.catalogueProvince(NATIONAL), "a national admin searches all");
    }

    @Test
    void workCountsComePerUnitForLeadersAndProvinceReaders() {
        assertTrue(AccessPolicy.workCountsPerUnit(LEADER));
        assertTrue(AccessPolicy.workCountsPerUnit(ADMIN));
        assertTrue(AccessPolicy.workCountsPerUnit(INSPECTOR));
        assertFalse(AccessPolicy.workCountsPerUnit(OFFICER));
        assertFalse(AccessPolicy.workCountsPerUnit(s("specialist", "H99.X01", X01)));
        // the scope of the counts is the worklist's: own subtree for unit staff, the province for readers
        assertEquals(Optional.of(X01), AccessPolicy.listScope(LEADER));
        assertEquals(Optional.of("/H99/"), AccessPolicy.listScope(INSPECTOR_AT_COMMUNE));
    }
}

package vn.cchc.parindex.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.cchc.parindex.domain.Assessment;
import vn.cchc.parindex.domain.CriteriaSet;
import vn.cchc.parindex.domain.WorkflowAction;
import vn.cchc.shared.contract.UnitEventV1;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.security.Caller;
import vn.cchc.shared.units.UnitCopy;
import vn.cchc.shared.units.UnitCopyRepository;

/** The decision table of {@link AccessPolicy} (README "Access"), without a container. */
class AccessPolicyTest {

    static final Map<String, String> PATHS = Map.of(
            "H99",
            "/H99/",
            "H99.SNV",
            "/H99/H99.SNV/",
            "H99.X01",
            "/H99/H99.X01/",
            "H99.X01.MC",
            "/H99/H99.X01/H99.X01.MC/",
            "H99.X02",
            "/H99/H99.X02/",
            "H98",
            "/H98/",
            "H98.SNV",
            "/H98/H98.SNV/");

    static final UnitCopyRepository UNITS = new UnitCopyRepository() {
        @Override
        public Optional<UnitCopy> byCode(String code) {
            return Optional.ofNullable(PATHS.get(code)).map(p -> unit(code, p));
        }
    };

    static UnitCopy unit(String code, String path) {
        UnitCopy unit = new UnitCopy(code);
        unit.apply(
                new UnitEventV1(code, code, "X", "X", null, path, null, null, null, false, List.of(), 1),
                OffsetDateTime.now());
        return unit;
    }

    final AccessPolicy policy = new AccessPolicy(UNITS);

    static Caller caller(String unit, String... roles) {
        var builder = QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("u"));
        for (String role : roles) {
            builder.addRole(role);
        }
        return new Caller(builder.build()) {
            @Override
            public Optional<String> unitCode() {
                return Optional.ofNullable(unit);
            }
        };
    }

    static CriteriaSet set(String province, String status) {
        CriteriaSet s = CriteriaSet.draft(
                "S-" + province, "Bộ", 2030, "COMMUNE", province, BigDecimal.valueOf(100), "t", OffsetDateTime.now());
        if (!"DRAFT".equals(status)) {
            s.move("DRAFT", "ACTIVE", OffsetDateTime.now());
        }
        return s;
    }

    static Assessment assessmentOf(String unit) {
        return Assessment.start(set("H99", "ACTIVE"), unit, unit, PATHS.get(unit), "t", OffsetDateTime.now());
    }

    static int status(Runnable r) {
        try {
            r.run();
            return 200;
        } catch (ProblemException e) {
            return e.status();
        }
    }

    @Test
    void theGateLetsInStaffWithAUnitAndTheNationalAdminOnly() {
        assertEquals(403, status(() -> policy.requireReader(caller("H99", "integration"))));
        assertEquals(403, status(() -> policy.requireReader(caller(null, "citizen"))));
        assertEquals(403, status(() -> policy.requireReader(caller(null, "admin"))));
        assertEquals(200, status(() -> policy.requireReader(caller(null, "national-admin"))));
        assertEquals(200, status(() -> policy.requireReader(caller("H99.X01", "officer"))));
        // integration with a staff role is a person, not the machine client
        assertEquals(200, status(() -> policy.requireReader(caller("H99", "integration", "admin"))));
    }

    @Test
    void theProvinceIsTheRootOfTheCallersUnitInTheUnitCopy() {
        assertEquals(Optional.of("H99"), policy.provinceOf(caller("H99.X01.MC", "leader")));
        assertEquals(Optional.empty(), policy.provinceOf(caller("H77.X1", "admin")));
        assertEquals(Optional.empty(), policy.provinceOf(caller(null, "admin")));
    }

    @Test
    void theDetailOfAnAssessmentIsForItsUnitAndTheProvincesAppraisersAdminsAndInspectors() {
        Assessment a = assessmentOf("H99.X01");
        assertTrue(policy.canSeeDetail(caller("H99.X01", "leader"), a));
        assertTrue(policy.canSeeDetail(caller("H99.X01", "specialist"), a));
        assertTrue(policy.canSeeDetail(caller("H99.SNV", "appraiser"), a));
        assertTrue(policy.canSeeDetail(caller("H99", "admin"), a));
        assertTrue(policy.canSeeDetail(caller("H99.SNV", "inspector"), a));
        assertFalse(
                policy.canSeeDetail(caller("H99.X01", "officer"), a), "officers do not take part in the PAR workflow");
        assertFalse(
                policy.canSeeDetail(caller("H99", "officer"), a), "a province root without a PAR role sees nothing");
        assertFalse(
                policy.canSeeDetail(caller("H99", "leader"), a), "a leader of an ancestor is not the assessed unit");
        assertFalse(policy.canSeeDetail(caller("H99.X01.MC", "leader"), a));
        assertFalse(policy.canSeeDetail(caller("H99.X02", "leader"), a));
        assertFalse(policy.canSeeDetail(caller("H99", "integration"), a));
        assertFalse(policy.canSeeDetail(caller("H99.SNV", "catalogue-admin"), a));
        assertFalse(policy.canSeeDetail(caller("H98.SNV", "appraiser"), a));
        assertFalse(policy.canSeeDetail(caller("H98", "admin"), a));
        assertFalse(policy.canSeeDetail(caller("H77.X1", "admin"), a), "a unit unknown to par-index gives no province");
        assertFalse(policy.canSeeDetail(caller(null, "national-admin"), a));
        assertEquals(404, status(() -> policy.requireDetail(caller("H99.X02", "leader"), a)));
        assertEquals(403, status(() -> policy.requireDetail(caller("H99", "integration"), a)));
    }

    @Test
    void stepsAreTakenByTheirActorsOfTheProvinceOnly() {
        Assessment a = assessmentOf("H99.X01");
        assertTrue(policy.mayTake(caller("H99.X01", "leader"), a, WorkflowAction.SUBMIT));
        assertTrue(policy.mayTake(caller("H99.X01", "specialist"), a, WorkflowAction.EXPLAIN));
        assertFalse(policy.mayTake(caller("H99.X01.MC", "leader"), a, WorkflowAction.SUBMIT));
        assertFalse(policy.mayTake(caller("H99", "admin"), a, WorkflowAction.SUBMIT));
        assertTrue(policy.mayTake(caller("H99.SNV", "appraiser"), a, WorkflowAction.APPRAISE));
        assertFalse(policy.mayTake(caller("H99", "admin"), a, WorkflowAction.APPRAISE));
        assertFalse(policy.mayTake(caller("H98.SNV", "appraiser"), a, WorkflowAction.APPRAISE));
        assertFalse(policy.mayTake(caller("H99.SNV", "inspector"), a, WorkflowAction.FINALISE), "inspectors only read");
        assertTrue(policy.mayTake(caller("H99", "admin"), a, WorkflowAction.PUBLISH));
        assertFalse(policy.mayTake(caller("H98", "admin"), a, WorkflowAction.PUBLISH));
        assertEquals(
                403, status(() -> policy.requireAction(caller("H99.SNV", "inspector"), a, WorkflowAction.PUBLISH)));
    }

    @Test
    void onlyLeadersAndSpecialistsOfTheUnitOrAdminsOfTheProvinceStartAnAssessment() {
        CriteriaSet s = set("H99", "ACTIVE");
        assertEquals(200, status(() -> policy.requireStart(caller("H99.X01", "leader"), s, "H99.X01")));
        assertEquals(200, status(() -> policy.requireStart(caller("H99", "admin"), s, "H99.X01")));
        assertEquals(403, status(() -> policy.requireStart(caller("H99.X02", "leader"), s, "H99.X01")));
        assertEquals(403, status(() -> policy.requireStart(caller("H98", "admin"), s, "H99.X01")));
        assertEquals(403, status(() -> policy.requireStarter(caller("H99.SNV", "appraiser"))));
        assertEquals(403, status(() -> policy.requireStarter(caller("H99", "integration"))));
    }

    @Test
    void criteriaSetsAreWrittenByTheAdminsOfTheirProvinceAndDraftsSeenOnlyThere() {
        CriteriaSet draft = set("H99", "DRAFT");
        CriteriaSet active = set("H99", "ACTIVE");
        assertTrue(policy.canSeeSet(caller("H99", "admin"), draft));
        assertTrue(policy.canSeeSet(caller("H99.SNV", "appraiser"), draft));
        assertFalse(policy.canSeeSet(caller("H98", "admin"), draft));
        assertFalse(policy.canSeeSet(caller("H99.X01", "leader"), draft));
        assertFalse(policy.canSeeSet(caller(null, "national-admin"), draft));
        assertTrue(policy.canSeeSet(caller("H99.X01", "leader"), active));
        assertTrue(policy.canSeeSet(caller("H98", "officer"), active));
        assertEquals(200, status(() -> policy.requireSetAdmin(caller("H99", "admin"), active)));
        assertEquals(403, status(() -> policy.requireSetAdmin(caller("H98", "admin"), active)));
        assertEquals(404, status(() -> policy.requireSetAdmin(caller("H98", "admin"), draft)));
        assertEquals(403, status(() -> policy.requireSetAdminOf(caller("H98", "admin"), "H99")));
        assertEquals(403, status(() -> policy.requireSetAdminOf(caller(null, "admin"), "H99")));
        assertEquals(403, status(() -> policy.requireSetAdminOf(caller("H77.X1", "admin"), "H77")));
        assertEquals(
                403,
                status(() -> policy.requireSetAdminOf(caller(null, "national-admin"), "H99")),
                "there are no national sets: national-admin writes none");
        assertEquals(403, status(() -> policy.requireSetAdmin(caller("H99.SNV", "appraiser"))));
    }

    @Test
    void unpublishedResultsAreForTheProvincesAppraisersAndAdmins() {
        assertEquals(new AccessPolicy.RankingAccess("H99", true), policy.ranking(caller("H99.SNV", "appraiser"), null));
        assertEquals(new AccessPolicy.RankingAccess("H99", true), policy.ranking(caller("H99", "admin"), "H99"));
        assertEquals(
                new AccessPolicy.RankingAccess("H99", false), policy.ranking(caller("H98.SNV", "appraiser"), "H99"));
        assertEquals(
                new AccessPolicy.RankingAccess("H99", false), policy.ranking(caller("H99.SNV", "inspector"), null));
        assertEquals(new AccessPolicy.RankingAccess("H99", false), policy.ranking(caller("H99.X01", "leader"), null));
        assertEquals(
                new AccessPolicy.RankingAccess("H98", false), policy.ranking(caller(null, "national-admin"), "H98"));
        assertEquals(400, status(() -> policy.ranking(caller(null, "national-admin"), null)));
        assertEquals(403, status(() -> policy.ranking(caller("H99", "integration"), "H99")));
        assertEquals(403, status(() -> policy.ranking(caller(null, "leader"), "H99")));
    }

    @Test
    void surveysAndTheServiceIndexAreForTheProvinceAndTheUnitsOwnSubtree() {
        UnitCopy x01 = UNITS.byCode("H99.X01").orElseThrow();
        UnitCopy mc = UNITS.byCode("H99.X01.MC").orElseThrow();
        assertEquals("H99", policy.requireSurveyImporter(caller("H99.SNV", "appraiser")));
        assertEquals(403, status(() -> policy.requireSurveyImporter(caller("H99.X01", "leader"))));
        assertEquals(403, status(() -> policy.requireSurveyImporter(caller("H77.X1", "admin"))));
        assertTrue(policy.canSeeSurveysOf(caller("H99.SNV", "inspector"), mc));
        assertTrue(policy.canSeeSurveysOf(caller("H99.X01", "leader"), mc));
        assertFalse(policy.canSeeSurveysOf(caller("H99.X01.MC", "leader"), x01));
        assertFalse(policy.canSeeSurveysOf(caller("H99.X02", "specialist"), x01));
        assertFalse(policy.canSeeSurveysOf(caller("H98.SNV", "appraiser"), x01));
        assertFalse(policy.canSeeSurveysOf(caller("H99", "officer"), x01));
        assertTrue(policy.canSeeServiceIndexOf(caller(null, "national-admin"), x01));
        assertFalse(policy.canSeeSurveysOf(caller(null, "national-admin"), x01));
        assertEquals(403, status(() -> policy.requireServiceIndexReader(caller("H99", "officer"))));
        assertEquals(403, status(() -> policy.requireSurveyReader(caller(null, "national-admin"))));
        assertEquals("/H99/", policy.surveyListRoot(caller("H99.SNV", "appraiser")));
        assertEquals("/H99/H99.X01/", policy.surveyListRoot(caller("H99.X01", "leader")));
    }
}

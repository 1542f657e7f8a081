package vn.cchc.dossiers.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.shared.testing.TestTokens;

/**
 * Issue 12 rules 1, 3 and 5 at the API (docs/domain/calendar.md §8): {@code GET /calendar/{year}} states where each
 * day comes from (LAW, COMPENSATION, DECISION), whether it is in force, whether the year has a decision and the
 * default placement rules; a year without a decision compensates its Tết days on a weekend; 2019 is served.
 */
@QuarkusTest
class CalendarSourcesTest {

    private static final String READER = TestTokens.token("citizen-sources", null, "citizen");

    @Test
    void aYearWithoutDecisionIsTheDefaultWithItsSourcesAndRules() {
        // Tết 2030: Fri 01/02 (29 Chạp) … Tue 05/02 (mùng 4); Sat 02 and Sun 03 are given back on Wed 06 and Thu 07
        given().auth()
                .oauth2(READER)
                .queryParam("province", "VN")
                .when()
                .get("/api/v1/dossiers/calendar/2030")
                .then()
                .statusCode(200)
                .body(
                        "hasDecision",
                        equalTo(false),
                        "rules.tetDays",
                        equalTo(List.of("2030-02-01", "2030-02-02", "2030-02-03", "2030-02-04", "2030-02-05")),
                        "rules.nationalDayAdjacent",
                        equalTo("2030-09-03"),
                        "rules.tet",
                        containsString("29 hoặc 30 tháng Chạp"),
                        "rules.nationalDay",
                        containsString("liền kề"),
                        "rules.compensation",
                        containsString("Điều 111.3"),
                        "rules.decisions",
                        containsString("thay thế"),
                        "days.find { it.date == '2030-02-02' }.source",
                        equalTo("LAW"),
                        "days.find { it.date == '2030-02-06' }.source",
                        equalTo("COMPENSATION"),
                        "days.find { it.date == '2030-02-07' }.kind",
                        equalTo("COMPENSATORY_OFF"),
                        "days.findAll { it.inForce == false }.size()",
                        equalTo(0),
                        "nonWorkingWeekdays",
                        equalTo(List.of(
                                "2030-01-01",
                                "2030-02-01",
                                "2030-02-04",
                                "2030-02-05",
                                "2030-02-06",
                                "2030-02-07",
                                "2030-04-12",
                                "2030-04-30",
                                "2030-05-01",
                                "2030-09-02",
                                "2030-09-03")));
    }

    @Test
    void the2026DecisionReplacesTheDefaultOnItsDates() {
        given().auth()
                .oauth2(READER)
                .queryParam("province", "VN")
                .when()
                .get("/api/v1/dossiers/calendar/2026")
                .then()
                .statusCode(200)
                .body(
                        "hasDecision",
                        equalTo(true),
                        "rules.nationalDayAdjacent",
                        equalTo("2026-09-03"),
                        // the default Thursday 03/9 is listed, not in force; the decision makes it a working day
                        "days.findAll { it.date == '2026-09-03' }.source",
                        equalTo(List.of("LAW", "DECISION")),
                        "days.findAll { it.date == '2026-09-03' }.inForce",
                        equalTo(List.of(false, true)),
                        "days.find { it.date == '2026-09-03' && it.source == 'DECISION' }.kind",
                        equalTo("SWAPPED_WORKDAY"),
                        "days.find { it.date == '2026-09-03' && it.source == 'DECISION' }.decidedBy",
                        equalTo("VN"),
                        "days.find { it.date == '2026-09-01' }.source",
                        equalTo("DECISION"),
                        "days.find { it.date == '2026-04-27' }.source",
                        equalTo("COMPENSATION"),
                        "days.find { it.date == '2026-04-27' }.inForce",
                        equalTo(true),
                        "days.find { it.date == '2026-01-01' }.source",
                        equalTo("LAW"),
                        "nonWorkingWeekdays",
                        equalTo(List.of(
                                "2026-01-01",
                                "2026-02-16",
                                "2026-02-17",
                                "2026-02-18",
                                "2026-02-19",
                                "2026-02-20",
                                "2026-04-27",
                                "2026-04-30",
                                "2026-05-01",
                                "2026-08-31",
                                "2026-09-01",
                                "2026-09-02")),
                        "workedWeekendDays",
                        equalTo(List.of("2026-08-22")));
    }

    @Test
    void yearsBefore2020AreServedWithTheDefaultCalendar() {
        // 2019 was a 400 (outside 2020–2035) before issue 12
        given().auth()
                .oauth2(READER)
                .queryParam("province", "VN")
                .when()
                .get("/api/v1/dossiers/calendar/2019")
                .then()
                .statusCode(200)
                .body(
                        "year",
                        equalTo(2019),
                        "hasDecision",
                        equalTo(false),
                        "rules.tetDays[1]",
                        equalTo("2019-02-05"),
                        "days.find { it.date == '2019-09-02' }.source",
                        equalTo("LAW"));
    }
}

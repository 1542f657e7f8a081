package vn.cchc.inspections.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cchc.inspections.service.TeamCandidates.TeamCandidate;
import vn.cchc.inspections.service.TeamCandidates.UnitInfo;
import vn.cchc.inspections.service.UserDirectory.DirectoryUser;
import vn.cchc.shared.paging.Page;
import vn.cchc.shared.paging.PageRequest;

/** The team picker's rules without Keycloak: jurisdiction, search without diacritics, order and bounds. */
class TeamCandidatesTest {

    private static final Map<String, UnitInfo> UNITS = Map.of(
            "H99", new UnitInfo("Tỉnh Hòa An", "H99"),
            "H99.SNV", new UnitInfo("Sở Nội vụ tỉnh Hòa An", "H99"),
            "H99.X01", new UnitInfo("Xã An Phú", "H99"),
            "H98.X01", new UnitInfo("Xã Bình Minh", "H98"));

    private static final List<DirectoryUser> USERS = List.of(
            new DirectoryUser("nva", "Văn An", "Nguyễn", "H99.SNV"),
            new DirectoryUser("ttb", "Thị Bình", "Trần", "H99.X01"),
            new DirectoryUser("dqd", "Quang Đức", "Đỗ", "H99"),
            new DirectoryUser("other", "Văn An", "Nguyễn", "H98.X01"),
            new DirectoryUser("ghost", "Văn Ẩn", "Nguyễn", "Z00.X01"),
            new DirectoryUser("noname", null, null, "H99.X01"));

    private static Page<TeamCandidate> select(String q, String province, int page, int size) {
        return TeamCandidates.select(USERS, q, province, UNITS::get, new PageRequest(page, size));
    }

    private static List<String> usernames(Page<TeamCandidate> p) {
        return p.items().stream().map(TeamCandidate::username).toList();
    }

    @Test
    void onlyTheCallersProvinceAndKnownUnits() {
        Page<TeamCandidate> h99 = select(null, "H99", 0, 50);
        assertEquals(List.of("dqd", "nva", "noname", "ttb"), usernames(h99), "by name, folded");
        assertEquals(4, h99.total());
        assertEquals(List.of("other"), usernames(select("", "H98", 0, 50)));
        assertEquals(List.of(), usernames(select(null, "Z00", 0, 50)));
    }

    @Test
    void searchIgnoresCaseAndDiacritics() {
        assertEquals(List.of("nva"), usernames(select("nguyen van", "H99", 0, 50)));
        assertEquals(List.of("nva"), usernames(select("NGUYỄN  Văn", "H99", 0, 50)));
        assertEquals(List.of("dqd"), usernames(select("do duc", "H99", 0, 50)));
        assertEquals(List.of("noname", "ttb"), usernames(select("an phu", "H99", 0, 50)), "by the unit's name");
        assertEquals(List.of("ttb"), usernames(select("h99.x01 binh", "H99", 0, 50)), "unit code and name");
        assertEquals(List.of("noname", "ttb"), usernames(select("H99.X01", "H99", 0, 50)));
        assertEquals(List.of("nva"), usernames(select("nva", "H99", 0, 50)), "by the user name");
        assertEquals(List.of(), usernames(select("nguyen zzz", "H99", 0, 50)), "every word must match");
    }

    @Test
    void nameInVietnameseOrderAndUnitName() {
        TeamCandidate c = select("nva", "H99", 0, 50).items().get(0);
        assertEquals(new TeamCandidate("nva", "Nguyễn Văn An", "H99.SNV", "Sở Nội vụ tỉnh Hòa An"), c);
        assertEquals("noname", select("noname", "H99", 0, 50).items().get(0).name(), "no name: the user name");
    }

    @Test
    void pagesAreBoundedAndStable() {
        List<DirectoryUser> many = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            // same name for all: the user name breaks the tie, so pages never overlap
            many.add(new DirectoryUser(String.format("u%03d", 119 - i), "An", "Lê", "H99.X01"));
        }
        Page<TeamCandidate> first = TeamCandidates.select(many, "le an", "H99", UNITS::get, new PageRequest(0, 50));
        Page<TeamCandidate> last = TeamCandidates.select(many, "le an", "H99", UNITS::get, new PageRequest(2, 50));
        Page<TeamCandidate> beyond = TeamCandidates.select(many, "le an", "H99", UNITS::get, new PageRequest(9, 50));
        assertEquals(50, first.items().size());
        assertEquals("u000", first.items().get(0).username());
        assertEquals(20, last.items().size());
        assertEquals("u119", last.items().get(19).username());
        assertEquals(120, last.total());
        assertEquals(0, beyond.items().size());
        assertEquals(120, beyond.total());
    }

    @Test
    void keycloakUsersAreParsed() throws Exception {
        var json = new ObjectMapper().readTree("""
                [{"username": "inspector", "enabled": true, "firstName": "Minh", "lastName": "Lê",
                  "attributes": {"unit_code": ["H99.SNV"]}},
                 {"username": "service-account-cchc-integration", "enabled": true, "attributes": {"unit_code": ["H99"]}},
                 {"username": "citizen", "enabled": true, "attributes": {"id_number": ["046190001234"]}},
                 {"username": "disabled", "enabled": false, "attributes": {"unit_code": ["H99"]}},
                 {"username": "national", "enabled": true}]
                """);
        assertEquals(
                List.of(new DirectoryUser("inspector", "Minh", "Lê", "H99.SNV")),
                KeycloakUserDirectory.parseUsers(json));
    }

    @Test
    void realmOfTheOidcServer() {
        assertEquals(
                new KeycloakUserDirectory.Realm("http://127.0.0.1:8180", "cchc"),
                KeycloakUserDirectory.Realm.of("http://127.0.0.1:8180/realms/cchc/"));
        assertEquals(
                new KeycloakUserDirectory.Realm("http://kc:8080/auth", "cchc"),
                KeycloakUserDirectory.Realm.of("http://kc:8080/auth/realms/cchc"));
        assertEquals(null, KeycloakUserDirectory.Realm.of("http://kc:8080/"));
    }
}

package vn.cchc.inspections.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import vn.cchc.inspections.service.UserDirectory.DirectoryUser;
import vn.cchc.shared.paging.Page;
import vn.cchc.shared.paging.PageRequest;
import vn.cchc.shared.text.SearchText;

/**
 * Which accounts an inspector may add to a team: those whose unit belongs to the inspector's province, matching
 * every word of the search (name, user name, unit code or unit name; case and Vietnamese diacritics ignored: "nguyen
 * van" finds "Nguyễn Văn An"), ordered by name then user name (stable), one page at a time. Pure logic: the
 * directory and the unit copy are given.
 */
public final class TeamCandidates {

    /** One account as the team picker shows it. */
    public record TeamCandidate(String username, String name, String unitCode, String unitName) {}

    /** What the unit copy knows of a unit: its name and its province (root of its path). */
    public record UnitInfo(String name, String provinceCode) {}

    private TeamCandidates() {}

    /**
     * @param units the unit copy: null for a unit this service does not know (such an account is never offered:
     *     its province cannot be told, and the code is not guessed from)
     */
    public static Page<TeamCandidate> select(
            List<DirectoryUser> users,
            String query,
            String province,
            Function<String, UnitInfo> units,
            PageRequest page) {
        Objects.requireNonNull(province, "province");
        List<String> words = SearchText.words(query);
        List<TeamCandidate> matches = new ArrayList<>();
        for (DirectoryUser u : users) {
            if (u.username() == null || u.unitCode() == null) {
                continue;
            }
            UnitInfo unit = units.apply(u.unitCode());
            if (unit == null || !province.equals(unit.provinceCode())) {
                continue;
            }
            TeamCandidate c = new TeamCandidate(u.username(), u.displayName(), u.unitCode(), unit.name());
            if (matches(c, words)) {
                matches.add(c);
            }
        }
        matches.sort(Comparator.comparing((TeamCandidate c) -> SearchText.fold(c.name()))
                .thenComparing(TeamCandidate::username));
        int from = (int) Math.min((long) page.offset(), matches.size());
        int to = Math.min(from + page.size(), matches.size());
        return Page.of(matches.subList(from, to), page, matches.size());
    }

    private static boolean matches(TeamCandidate c, List<String> words) {
        if (words.isEmpty()) {
            return true;
        }
        String text = SearchText.fold(
                c.name() + " " + c.username() + " " + c.unitCode() + " " + (c.unitName() == null ? "" : c.unitName()));
        for (String w : words) {
            if (!text.contains(w)) {
                return false;
            }
        }
        return true;
    }
}

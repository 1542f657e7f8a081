package vn.cchc.procedures.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Compares what a receiving point must post with what it posts (the inspection finding "TTHC hết
 * hiệu lực vẫn niêm yết, TTHC mới chưa niêm yết"). Plain Java.
 */
public final class PostingCompliance {

    /** A procedure the point must post: the version in force. */
    public record Required(String code, String name, int version) {}

    /** What is posted, with the procedure's state on the date and the version then in force (0 = none). */
    public record Posted(String code, String name, int postedVersion, ProcedureState state, int versionInForce) {}

    public record Stale(String procedureCode, String name, int postedVersion, ProcedureState state) {}

    public record Missing(String procedureCode, String name, int version) {}

    public record Outdated(String procedureCode, String name, int postedVersion, int versionInForce) {}

    public record Result(
            int required,
            int posted,
            int compliant,
            BigDecimal complianceRate,
            List<Stale> stalePosted,
            List<Missing> missing,
            List<Outdated> outdated) {

        /** Stable text of the findings, to announce a change only when something changed. */
        public String fingerprint() {
            StringBuilder sb = new StringBuilder()
                    .append(required)
                    .append('|')
                    .append(posted)
                    .append('|')
                    .append(compliant);
            stalePosted.forEach(
                    s -> sb.append("|S").append(s.procedureCode()).append(':').append(s.postedVersion()));
            missing.forEach(
                    m -> sb.append("|M").append(m.procedureCode()).append(':').append(m.version()));
            outdated.forEach(o -> sb.append("|O")
                    .append(o.procedureCode())
                    .append(':')
                    .append(o.postedVersion())
                    .append('>')
                    .append(o.versionInForce()));
            return sb.toString();
        }
    }

    private PostingCompliance() {}

    /**
     * @param required procedures the point must post, by code
     * @param posted   what it posts
     */
    public static Result evaluate(Map<String, Required> required, List<Posted> posted) {
        List<Stale> stale = new ArrayList<>();
        List<Outdated> outdated = new ArrayList<>();
        java.util.Set<String> postedInForce = new java.util.HashSet<>();
        int compliant = 0;
        for (Posted p : posted) {
            if (!p.state().isPublic()) {
                stale.add(new Stale(p.code(), p.name(), p.postedVersion(), p.state()));
                continue;
            }
            postedInForce.add(p.code());
            if (p.postedVersion() < p.versionInForce()) {
                outdated.add(new Outdated(p.code(), p.name(), p.postedVersion(), p.versionInForce()));
            } else if (required.containsKey(p.code())) {
                compliant++;
            }
        }
        List<Missing> missing = required.values().stream()
                .filter(r -> !postedInForce.contains(r.code()))
                .map(r -> new Missing(r.code(), r.name(), r.version()))
                .sorted(Comparator.comparing(Missing::procedureCode))
                .toList();
        stale.sort(Comparator.comparing(Stale::procedureCode));
        outdated.sort(Comparator.comparing(Outdated::procedureCode));
        return new Result(
                required.size(),
                posted.size(),
                compliant,
                rate(compliant, required.size()),
                List.copyOf(stale),
                missing,
                List.copyOf(outdated));
    }

    /** Compliant / required × 100, two decimals; nothing required is fully compliant. */
    public static BigDecimal rate(int compliant, int required) {
        return required == 0
                ? BigDecimal.valueOf(100).setScale(2)
                : BigDecimal.valueOf(compliant * 100L).divide(BigDecimal.valueOf(required), 2, RoundingMode.HALF_UP);
    }
}

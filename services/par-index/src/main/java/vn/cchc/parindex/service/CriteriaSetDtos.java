package vn.cchc.parindex.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import vn.cchc.parindex.domain.scoring.ScoringMethod;
import vn.cchc.parindex.domain.scoring.ScoringRule;

/**
 * Inputs and results of the criteria-set use cases; the API receives and sends them as they are (their JSON is the
 * API's request and response shape), so the services take and return them without knowing the HTTP layer (issue 13:
 * rest → service → repository/domain).
 */
public final class CriteriaSetDtos {

    private CriteriaSetDtos() {}

    /** A set header, optionally with its whole tree; also the JSON import/export document. */
    public record CreateCriteriaSetRequest(
            @NotBlank @Size(max = 60) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "{cchc.par-index.code}")
            String code,

            @NotBlank @Size(max = 500) String name,
            @NotNull @Min(2000) @Max(2100) Integer year,

            @NotBlank @Pattern(regexp = "[A-Z_]{2,30}", message = "{cchc.par-index.level}")
            String level,

            @NotBlank @Pattern(regexp = "H[0-9]{2}", message = "{cchc.par-index.province}")
            String province,

            @NotNull @Positive @DecimalMax("1000") @Digits(integer = 4, fraction = 2)
            BigDecimal maxPoints,

            @Size(max = 200) String issuingDecision,
            Boolean sample,
            @Size(max = 4000) String note,
            @Valid List<NodeInput> fields) {}

    /** A node of the tree: a field (lĩnh vực), criterion or component; leaves carry method and rule. */
    public record NodeInput(
            @NotBlank @Size(max = 30) String code,
            @NotBlank @Size(max = 1000) String name,
            @NotNull @Digits(integer = 5, fraction = 2) BigDecimal maxPoints,
            ScoringMethod method,
            @Size(max = 60) String indicatorKey,
            ScoringRule rule,
            Boolean sample,
            @Valid List<NodeInput> children) {}

    /** A value to score without saving it: the same bounds as a self-assessment or appraisal value. */
    public record ScorePreviewRequest(
            @Digits(integer = 10, fraction = 2) BigDecimal value) {}

    public record TreeRequest(@NotNull @Valid List<NodeInput> fields) {}

    /**
     * The answer of the tree check (nothing saved): {@code ok} when the save would accept the tree; {@code fieldsTotal}
     * the counted maxima of the fields against the set's {@code maxPoints}; the first problems as the save names them
     * ({@code field} path, stable {@code rule} code, English {@code message}) and their total {@code problemCount};
     * {@code notCounted} the codes of the nodes whose maximum does not count towards their parent's (bonus, penalty).
     */
    public record TreeCheck(
            boolean ok,
            BigDecimal fieldsTotal,
            BigDecimal maxPoints,
            List<TreeProblem> problems,
            long problemCount,
            List<String> notCounted) {}

    /**
     * One problem of a checked tree: {@code code} of the node it names (null: the set); a {@code totals} one also
     * {@code sum} and {@code max}.
     */
    public record TreeProblem(String field, String rule, String message, String code, BigDecimal sum, BigDecimal max) {}

    public record CriteriaSetView(
            Long id,
            String code,
            String name,
            int year,
            String level,
            String province,
            BigDecimal maxPoints,
            String status,
            String issuingDecision,
            boolean sample,
            String note,
            OffsetDateTime createdAt) {}

    public record NodeView(
            String code,
            String name,
            BigDecimal maxPoints,
            ScoringMethod method,
            String indicatorKey,
            ScoringRule rule,
            boolean sample,
            List<NodeView> children) {}

    public record CriteriaSetDetail(CriteriaSetView set, int nodeCount, int leafCount, List<NodeView> fields) {}
}

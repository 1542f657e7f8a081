package vn.cchc.shared.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cchc.shared.testing.MessageCatalogues;

/** ADR 0015: the language of a problem follows Accept-Language (q-values), Vietnamese by default. */
class LanguagesTest {

    @Test
    void acceptLanguageChoosesViOrEnWithQValues() {
        assertEquals(Language.VI, Language.of(null, Language.VI));
        assertEquals(Language.VI, Language.of("", Language.VI));
        assertEquals(Language.EN, Language.of("en", Language.VI));
        assertEquals(Language.EN, Language.of("en-US,en;q=0.9", Language.VI));
        assertEquals(Language.VI, Language.of("vi-VN,vi;q=0.9,en;q=0.8", Language.VI));
        assertEquals(Language.EN, Language.of("vi;q=0.4,en;q=0.8", Language.VI));
        assertEquals(Language.EN, Language.of("fr, en;q=0.5", Language.VI));
        assertEquals(Language.VI, Language.of("fr, de;q=0.5", Language.VI), "unknown → the default");
        assertEquals(Language.VI, Language.of("en;q=0, fr", Language.VI), "q=0 means not acceptable");
        assertEquals(Language.VI, Language.of("*", Language.VI));
        assertEquals(Language.VI, Language.of("en;q=x;;;", Language.VI), "malformed → the default");
        assertEquals(Language.VI, Language.of("en," + "x".repeat(600), Language.VI), "too long → the default");
        assertEquals(Language.EN, Language.of(null, Language.EN));
    }

    @Test
    void theDefaultIsVietnameseWithoutConfiguration() {
        assertEquals(Language.VI, Language.of("fr"));
    }

    @Test
    void textsAreFormattedPerLanguageWithoutNumberGrouping() {
        Text t = CommonMessages.IF_MATCH_FAILED.with("\"7\"");
        assertEquals(
                "Bản ghi đã được người khác thay đổi; ETag hiện tại là \"7\". Tải lại rồi thử lại.", t.in(Language.VI));
        assertEquals(
                "The resource was changed meanwhile; its current ETag is \"7\". Reload it and try again.",
                t.in(Language.EN));
        assertEquals(
                "1 đến 2026 ký tự ASCII in được, ví dụ một UUID",
                CommonMessages.IDEMPOTENCY_KEY_FORMAT.with(2026).in(Language.VI));
        assertEquals("a: {1}", CommonMessages.FIELD_MESSAGE.with("a").in(Language.EN), "a missing argument stays");
        assertEquals("plain", Text.literal("plain").in(Language.VI));
    }

    @Test
    void problemExceptionsAnswerInTheRequestLanguage() {
        ProblemException e = ProblemException.invalidAll(List.of(
                LocalizedViolation.of("a", "required", CommonMessages.JSON_BODY_REQUIRED),
                LocalizedViolation.of("b", "size", CommonMessages.IF_MATCH_TOO_LONG, 9)));
        assertEquals("Yêu cầu không hợp lệ", e.title(Language.VI));
        assertEquals("Invalid request", e.title());
        assertEquals("a: bắt buộc có nội dung JSON; b: tối đa 9 ký tự", e.detail(Language.VI));
        assertEquals("a: a JSON body is required; b: at most 9 characters", e.detail(Language.EN));
        assertEquals("tối đa 9 ký tự", e.violations(Language.VI).get(1).message());
        ProblemException under = e.under("rows[3]");
        assertEquals("rows[3].b", under.violations().get(1).field());
        assertEquals("rows[3]: a: bắt buộc có nội dung JSON; b: tối đa 9 ký tự", under.detail(Language.VI));
        ProblemException legacy = ProblemException.notFound("No such thing.");
        assertEquals("Không tìm thấy", legacy.title(Language.VI));
        assertEquals("No such thing.", legacy.detail(Language.VI), "a String detail is used as given");
    }

    @Test
    void manyViolationsAreSummedUpInTheLanguage() {
        List<LocalizedViolation> many = java.util.stream.IntStream.range(0, 12)
                .mapToObj(i -> LocalizedViolation.of("f" + i, "required", CommonMessages.JSON_BODY_REQUIRED))
                .toList();
        ProblemException e = ProblemException.invalidAll(many, 40);
        assertTrue(
                e.detail(Language.VI).endsWith("; … tổng cộng 40 lỗi (liệt kê 12 lỗi đầu tiên)"),
                e.detail(Language.VI));
        assertTrue(e.detail(Language.EN).endsWith("; … 40 violations in all (the first 12 are listed)"));
    }

    @Test
    void mappedResponsesNameTheirLanguageAndVary() {
        Response r = ProblemMappers.respond(404, "not-found", "t", "d", null, null, List.of(), Language.EN);
        assertEquals("en", r.getHeaderString(HttpHeaders.CONTENT_LANGUAGE));
        assertEquals(HttpHeaders.ACCEPT_LANGUAGE, r.getHeaderString(HttpHeaders.VARY));
        Response problem =
                new ProblemMappers().problem(ProblemException.conflict(CommonMessages.CONCURRENT_CHANGE), null, null);
        assertEquals("vi", problem.getHeaderString(HttpHeaders.CONTENT_LANGUAGE));
        assertEquals(
                "Bản ghi này vừa được người khác thay đổi cùng lúc; tải lại rồi thử lại.",
                ((Problem) problem.getEntity()).detail());
        assertEquals("Xung đột", ((Problem) problem.getEntity()).title());
    }

    /** Titles are reached by their English text (legacy constructors, JAX-RS reason phrases): no reference. */
    static final Set<String> LOOKED_UP = Set.of(java.util.Arrays.stream(CommonMessages.values())
            .map(Enum::name)
            .filter(n -> n.startsWith("TITLE_"))
            .toArray(String[]::new));

    @Test
    void theCommonCatalogueIsComplete() {
        List<String> problems = MessageCatalogues.problems(CommonMessages.class, Path.of("src/main/java"), LOOKED_UP);
        assertEquals(List.of(), problems);
    }
}

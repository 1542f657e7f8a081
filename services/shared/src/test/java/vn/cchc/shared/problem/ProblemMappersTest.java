package vn.cchc.shared.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ProblemMappersTest {

    private final ProblemMappers mappers = new ProblemMappers();

    private static String type(Response r) {
        return ((Problem) r.getEntity()).type();
    }

    @Test
    void concurrentUpdateFoundInsideACommitFailureIsA409() {
        Exception atCommit = new IllegalStateException(
                "commit failed",
                new RuntimeException(
                        "rollback", new OptimisticLockException("row was updated by another transaction")));
        Response r = mappers.unexpected(atCommit, null, null);
        assertEquals(409, r.getStatus());
        assertEquals(Problem.TYPE_BASE + "concurrent-change", type(r));
        assertEquals(Problem.MEDIA_TYPE, r.getMediaType().toString());
    }

    @Test
    void constraintViolationInsideACommitFailureIsMappedLikeADirectOne() {
        Exception atCommit = new RuntimeException(
                "rollback",
                new org.hibernate.exception.ConstraintViolationException(
                        "duplicate", new SQLException("duplicate key", "23505"), "plan_number_key"));
        Response r = mappers.unexpected(atCommit, null, null);
        assertEquals(409, r.getStatus());
        assertEquals(Problem.TYPE_BASE + "conflict", type(r));
    }

    @Test
    void anythingElseIsA500WithoutDetailsOfTheFailure() {
        Response r = mappers.unexpected(new IllegalStateException("secret internals"), null, null);
        assertEquals(500, r.getStatus());
        // no Accept-Language: Vietnamese (ADR 0015)
        assertEquals(CommonMessages.INTERNAL_ERROR.vi(), ((Problem) r.getEntity()).detail());
    }

    @Test
    void aNumberTooLargeForItsTypeNamesTheFieldEvenUnwrapped() throws Exception {
        var parser = new com.fasterxml.jackson.databind.ObjectMapper()
                .getFactory()
                .createParser("{\"rows\":[{\"fee\":1},{\"copies\":99999999999}]}");
        com.fasterxml.jackson.core.JsonProcessingException failure = null;
        while (parser.nextToken() != null) {
            if (parser.currentToken() == com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT) {
                try {
                    parser.getIntValue();
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    failure = e;
                    break;
                }
            }
        }
        Response response = mappers.unreadableJson(failure, null, null);
        Problem problem = (Problem) response.getEntity();
        assertEquals(400, response.getStatus());
        assertEquals("rows[1].copies", problem.violations().get(0).field());
        assertEquals("range", problem.violations().get(0).rule());
    }

    @Test
    void aWrappedJsonFailureIsAnsweredAsItself() throws Exception {
        com.fasterxml.jackson.core.JsonProcessingException json;
        try {
            vn.cchc.shared.json.StrictJson.apply(new com.fasterxml.jackson.databind.ObjectMapper())
                    .readTree("{\"name\":1,\"name\":2}");
            throw new AssertionError("a duplicate key must be refused");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            json = e;
        }
        Response response = mappers.webApplication(new jakarta.ws.rs.WebApplicationException(json, 400), null, null);
        Problem problem = (Problem) response.getEntity();
        assertEquals(400, response.getStatus());
        assertEquals("malformed-body", problem.type().substring(problem.type().lastIndexOf('/') + 1));
        assertEquals("name", problem.violations().get(0).field());
    }

    public record Fee(
            @jakarta.validation.constraints.NotNull java.math.BigDecimal amount) {}

    public record Fees(@jakarta.validation.Valid java.util.List<Fee> fees) {}

    @Test
    void aViolationInsideAListNamesTheElementBeforeTheProperty() {
        try (var factory = jakarta.validation.Validation.byDefaultProvider()
                .configure()
                .messageInterpolator(new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator())
                .buildValidatorFactory()) {
            var violations = factory.getValidator()
                    .validate(new Fees(java.util.List.of(new Fee(java.math.BigDecimal.ONE), new Fee(null))));
            assertEquals(1, violations.size());
            assertEquals(
                    "fees[1].amount",
                    ProblemMappers.fieldOf(violations.iterator().next()));
        }
    }

    @Test
    void every429And503CarriesRetryAfter() {
        Response unavailable =
                mappers.problem(new ProblemException(503, "unavailable", "Unavailable", "later", null), null, null);
        assertEquals(503, unavailable.getStatus());
        assertEquals("5", unavailable.getHeaderString("Retry-After"));
        Response busy = mappers.webApplication(new jakarta.ws.rs.WebApplicationException(429), null, null);
        assertEquals(429, busy.getStatus());
        assertEquals("5", busy.getHeaderString("Retry-After"));
        Response told = mappers.webApplication(
                new jakarta.ws.rs.WebApplicationException(
                        Response.status(503).header("Retry-After", "30").build()),
                null,
                null);
        assertEquals("30", told.getHeaderString("Retry-After"));
        Response inProgress = mappers.problem(new vn.cchc.shared.http.Idempotency.InProgress(), null, null);
        assertEquals(409, inProgress.getStatus());
        assertEquals("1", inProgress.getHeaderString("Retry-After"));
        Response notFound = mappers.problem(ProblemException.notFound("x"), null, null);
        assertEquals(null, notFound.getHeaderString("Retry-After"));
    }
}

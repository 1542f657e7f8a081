package vn.cchc.shared.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProblemMappersTest {

    private final ProblemMappers mappers = new ProblemMappers();

    private static String type(Response r) {
        return ((Problem) r.getEntity()).type();
    }

    @Test
    void concurrentUpdateFoundInsideACommitFailureIsA409() {
        Exception atCommit = new IllegalStateException("commit failed",
                new RuntimeException("rollback", new OptimisticLockException("row was updated by another transaction")));
        Response r = mappers.unexpected(atCommit, null, null);
        assertEquals(409, r.getStatus());
        assertEquals(Problem.TYPE_BASE + "concurrent-change", type(r));
        assertEquals(Problem.MEDIA_TYPE, r.getMediaType().toString());
    }

    @Test
    void constraintViolationInsideACommitFailureIsMappedLikeADirectOne() {
        Exception atCommit = new RuntimeException("rollback", new org.hibernate.exception.ConstraintViolationException(
                "duplicate", new SQLException("duplicate key", "23505"), "plan_number_key"));
        Response r = mappers.unexpected(atCommit, null, null);
        assertEquals(409, r.getStatus());
        assertEquals(Problem.TYPE_BASE + "conflict", type(r));
    }

    @Test
    void anythingElseIsA500WithoutDetailsOfTheFailure() {
        Response r = mappers.unexpected(new IllegalStateException("secret internals"), null, null);
        assertEquals(500, r.getStatus());
        assertEquals("The request could not be completed. Quote the request id to support.", ((Problem) r.getEntity()).detail());
    }
}

package vn.cchc.gateway;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cchc.gateway.testing.Http.given;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.LogContext;
import org.junit.jupiter.api.Test;
import vn.cchc.gateway.testing.GatewayTestResources;
import vn.cchc.gateway.testing.TestTokens;

/** What the gateway logs while serving: lines tagged with the request id (and correlation id), and never a token. */
@QuarkusTest
@WithTestResource(GatewayTestResources.class)
class LoggingTest {

    @Test
    void tagsLinesWithTheRequestIdAndNeverLogsTokens() throws Exception {
        List<ExtLogRecord> records = new CopyOnWriteArrayList<>();
        ExtHandler capture = new ExtHandler() {
            @Override
            protected void doPublish(ExtLogRecord record) {
                record.copyAll(); // the MDC lives in the request's Vert.x context: snapshot it now
                records.add(record);
            }
        };
        Logger root = LogContext.getLogContext().getLogger("");
        root.addHandler(capture);
        String valid = TestTokens.valid("citizen-log");
        String expired = TestTokens.expired("citizen-log");
        try {
            given().header("Authorization", "Bearer " + valid)
                    .header("X-Request-Id", "log-check-1")
                    .get("/api/v1/inspections/plans?cccd=001099012345")
                    .then()
                    .statusCode(200);
            given().header("Authorization", "Bearer " + expired)
                    .get("/api/v1/inspections/plans")
                    .then()
                    .statusCode(401);
            given().header("Authorization", "Bearer " + valid)
                    .get("/api/v1/par-index/units")
                    .then()
                    .statusCode(503);
            given().header("Authorization", "Bearer " + valid)
                    .get("/api/v1/procedures/1/slow?cccd=001099012345")
                    .then()
                    .statusCode(504);
            long deadline = System.currentTimeMillis() + 3_000;
            while (records.stream().noneMatch(r -> "log-check-1".equals(r.getMdc("correlationId")))
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
        } finally {
            root.removeHandler(capture);
        }
        // the access line carries the gateway's own id and, beside it, the client's id as the correlation id
        assertTrue(
                records.stream()
                        .anyMatch(r -> "log-check-1".equals(r.getMdc("correlationId"))
                                && r.getMdc("requestId") != null
                                && r.getMdc("requestId").matches("[0-9a-f-]{36}")
                                && r.getFormattedMessage().contains("/api/v1/inspections/plans")),
                "an access line carrying the request and correlation ids; captured: "
                        + records.stream()
                                .map(r -> r.getLoggerName() + "|" + r.getMdc("requestId") + "|"
                                        + r.getMdc("correlationId") + "|" + r.getFormattedMessage())
                                .toList());
        for (ExtLogRecord record : records) {
            String text = record.getFormattedMessage() + " "
                    + (record.getThrown() == null ? "" : record.getThrown().toString());
            for (String token : List.of(valid, expired)) {
                assertFalse(text.contains(token.substring(token.lastIndexOf('.') + 1)), "token logged: " + text);
                assertFalse(
                        text.contains(token.substring(0, token.indexOf('.'))) && text.contains("eyJ"),
                        "token logged: " + text);
            }
            assertFalse(text.contains("Bearer "), "authorization logged: " + text);
            assertFalse(text.contains("001099012345"), "query string logged: " + text);
        }
    }
}

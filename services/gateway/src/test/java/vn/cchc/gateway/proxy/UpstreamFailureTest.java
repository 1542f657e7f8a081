package vn.cchc.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.http.HttpClosedException;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class UpstreamFailureTest {

    @Test
    void noConnectionMeans503() {
        assertEquals(
                503,
                UpstreamFailure.classify(UpstreamFailure.Phase.CONNECT, new ConnectException("Connection refused"))
                        .status());
        assertEquals(
                503,
                UpstreamFailure.classify(
                                UpstreamFailure.Phase.CONNECT, new TimeoutException("no connection in 2000 ms"))
                        .status());
        assertEquals(
                503,
                UpstreamFailure.classify(
                                UpstreamFailure.Phase.EXCHANGE, new RuntimeException(new ConnectException("x")))
                        .status());
    }

    @Test
    void noResponseInTimeMeans504() {
        UpstreamFailure failure =
                UpstreamFailure.classify(UpstreamFailure.Phase.EXCHANGE, new TimeoutException("idle"));
        assertEquals(504, failure.status());
        assertEquals("gateway-timeout", failure.slug());
        assertEquals(
                "The service 'procedures' did not answer within 30000 ms.",
                failure.detail("procedures", 30_000).in("en"));
        assertEquals(
                "Dịch vụ 'procedures' không trả lời trong 30000 ms.",
                failure.detail("procedures", 30_000).in("vi"));
    }

    @Test
    void anythingElseMeans502() {
        assertEquals(
                502,
                UpstreamFailure.classify(
                                UpstreamFailure.Phase.EXCHANGE, new HttpClosedException("Connection was closed"))
                        .status());
        assertEquals(
                502,
                UpstreamFailure.classify(UpstreamFailure.Phase.EXCHANGE, new IllegalStateException())
                        .status());
    }
}

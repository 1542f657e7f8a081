package vn.cchc.gateway;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cchc.gateway.testing.Http.givenRaw;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.decoder.Decoder;
import com.aayushatharva.brotli4j.decoder.DecoderJNI;
import com.aayushatharva.brotli4j.decoder.DirectDecompress;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cchc.gateway.testing.GatewayTestResources;
import vn.cchc.gateway.testing.StubUpstream;

/**
 * Response compression (compression/*): negotiated by Accept-Encoding (br preferred, gzip, identity), for the SPA's
 * text files and the services' JSON, never for already-compressed media, partial content or small bodies, with
 * {@code Vary: Accept-Encoding}. The client here decodes nothing: it sees the bytes as sent.
 */
@QuarkusTest
@WithTestResource(GatewayTestResources.class)
class CompressionTest {

    static final String MAIN_JS = "/assets/" + GatewayTestResources.MAIN_JS_NAME;
    static final String MAIN_CSS = "/assets/" + GatewayTestResources.MAIN_CSS_NAME;

    @Test
    void mainScriptIsSentAsBrotliWhenAcceptedAndPreferredOverGzip() {
        byte[] original = GatewayTestResources.mainJs();
        Response br =
                givenRaw().header("Accept-Encoding", "gzip, deflate, br, zstd").get(MAIN_JS);
        assertEquals(200, br.statusCode());
        assertEquals("br", br.header("Content-Encoding"));
        assertTrue(br.header("Vary").toLowerCase().contains("accept-encoding"), br.header("Vary"));
        assertTrue(br.header("Cache-Control").contains("immutable"));
        byte[] sent = br.asByteArray();
        assertTrue(sent.length < original.length / 4, "brotli " + sent.length + " of " + original.length);
        assertArrayEquals(original, brotli(sent));
    }

    @Test
    void gzipWhenTheClientDoesNotTakeBrotli() throws IOException {
        byte[] original = GatewayTestResources.mainCss();
        Response gz = givenRaw().header("Accept-Encoding", "gzip").get(MAIN_CSS);
        assertEquals(200, gz.statusCode());
        assertEquals("gzip", gz.header("Content-Encoding"));
        assertTrue(gz.header("Vary").toLowerCase().contains("accept-encoding"));
        assertTrue(gz.contentType().startsWith("text/css"));
        byte[] sent = gz.asByteArray();
        assertTrue(sent.length < original.length / 4, "gzip " + sent.length + " of " + original.length);
        assertArrayEquals(original, gunzip(sent));
        // br refused by its q-value: never br (Netty's compressor would pick it; the filter sends the body as it is)
        Response refused = givenRaw().header("Accept-Encoding", "br;q=0, gzip").get(MAIN_CSS);
        assertNull(refused.header("Content-Encoding"));
        assertArrayEquals(original, refused.asByteArray());
    }

    @Test
    void identityWithoutAcceptEncodingOrWhenOnlyIdentityIsAccepted() {
        byte[] original = GatewayTestResources.mainJs();
        Response plain = givenRaw().get(MAIN_JS);
        assertNull(plain.header("Content-Encoding"));
        assertEquals(Integer.toString(original.length), plain.header("Content-Length"));
        assertTrue(plain.header("Vary").toLowerCase().contains("accept-encoding"), "Vary on the SPA's identity too");
        assertArrayEquals(original, plain.asByteArray());
        Response identity = givenRaw().header("Accept-Encoding", "identity").get(MAIN_JS);
        assertNull(identity.header("Content-Encoding"));
        assertArrayEquals(original, identity.asByteArray());
        // this client really sends no Accept-Encoding of its own (the echoing service would see it)
        givenRaw().get("/api/v1/procedures/echo").then().statusCode(200).body("headers.accept-encoding", nullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {GatewayTestResources.IMAGE_NAME, GatewayTestResources.PDF_NAME})
    void alreadyCompressedMediaIsNeverCompressedAgain(String name) {
        for (String accept : new String[] {"br, gzip", "gzip"}) {
            Response r = givenRaw().header("Accept-Encoding", accept).get("/assets/" + name);
            assertEquals(200, r.statusCode());
            assertNull(r.header("Content-Encoding"), name + " with " + accept);
            assertEquals("16384", r.header("Content-Length"));
            assertEquals(16_384, r.asByteArray().length);
        }
    }

    @Test
    void smallBodiesAndPartialContentAreSentAsTheyAre() {
        // index.html of the test build is far below the 1 kB threshold
        Response index = givenRaw().header("Accept-Encoding", "br, gzip").get("/");
        assertNull(index.header("Content-Encoding"));
        assertEquals(GatewayTestResources.INDEX_HTML, index.asString());
        Response range = givenRaw()
                .header("Accept-Encoding", "gzip")
                .header("Range", "bytes=0-99")
                .get(MAIN_JS);
        assertEquals(206, range.statusCode());
        assertNull(range.header("Content-Encoding"));
        assertEquals(100, range.asByteArray().length);
    }

    @Test
    void serviceJsonIsCompressedOnlyWhenAsked() throws IOException {
        String original = StubUpstream.largeJson();
        Response br = givenRaw().header("Accept-Encoding", "br, gzip").get("/api/v1/procedures/large-json");
        assertEquals(200, br.statusCode());
        assertEquals("br", br.header("Content-Encoding"));
        assertTrue(br.header("Vary").toLowerCase().contains("accept-encoding"));
        assertEquals(original, new String(brotli(br.asByteArray()), StandardCharsets.UTF_8));

        Response gz = givenRaw().header("Accept-Encoding", "gzip").get("/api/v1/procedures/large-json-chunked");
        assertEquals("gzip", gz.header("Content-Encoding"));
        assertEquals(original, new String(gunzip(gz.asByteArray()), StandardCharsets.UTF_8));

        // a benchmark's GET without Accept-Encoding: the service's bytes as they are
        Response plain = givenRaw().get("/api/v1/procedures/large-json");
        assertNull(plain.header("Content-Encoding"));
        assertEquals(
                Integer.toString(original.getBytes(StandardCharsets.UTF_8).length), plain.header("Content-Length"));
        assertEquals(original, plain.asString());
    }

    @Test
    void serviceMediaSmallAnswersAndEncodedAnswersPassUnchanged() throws IOException {
        for (String path : new String[] {"/api/v1/procedures/units/image", "/api/v1/procedures/units/sheet"}) {
            Response r = givenRaw().header("Accept-Encoding", "br, gzip").get(path);
            assertEquals(200, r.statusCode());
            assertNull(r.header("Content-Encoding"), path);
            assertEquals(16_384, r.asByteArray().length, path);
        }
        // a small problem from the service, and one of the gateway's own
        givenRaw()
                .header("Accept-Encoding", "br, gzip")
                .get("/api/v1/procedures/problem")
                .then()
                .statusCode(409)
                .header("Content-Encoding", nullValue())
                .body("detail", equalTo("Dossier already submitted"));
        givenRaw()
                .header("Accept-Encoding", "br, gzip")
                .get("/api/v1/unknown-service")
                .then()
                .statusCode(404)
                .header("Content-Encoding", nullValue())
                .header("Vary", containsString("Accept-Language"));
        // a service's own gzip goes through once, untouched
        Response pre = givenRaw().header("Accept-Encoding", "br, gzip").get("/api/v1/procedures/pre-gzipped");
        assertEquals("gzip", pre.header("Content-Encoding"));
        assertEquals(StubUpstream.largeJson(), new String(gunzip(pre.asByteArray()), StandardCharsets.UTF_8));
    }

    static byte[] gunzip(byte[] data) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(data))) {
            return in.readAllBytes();
        }
    }

    static byte[] brotli(byte[] data) {
        Brotli4jLoader.ensureAvailability();
        try {
            DirectDecompress result = Decoder.decompress(data);
            assertEquals(DecoderJNI.Status.DONE, result.getResultStatus());
            return result.getDecompressedData();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}

package vn.cchc.shared.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The S3 store against a real S3-compatible server: S3Proxy in this JVM, speaking the S3 REST API with AWS signature
 * checks, keeping the objects on the file system. The same contract as the file-system store, plus the object
 * layout (prefix, media type) and that wrong credentials are refused.
 */
class S3FileStoreTest extends FileStoreContractTest {

    static final String BUCKET = "cchc-files";
    static final String ACCESS_KEY = "cchc-test";
    static final String SECRET_KEY = "cchc-test-secret-" + UUID.randomUUID();

    @TempDir
    static Path objects;

    static BlobStoreContext context;
    static S3Proxy proxy;
    static URI endpoint;
    static final List<S3FileStore> opened = new ArrayList<>();

    @BeforeAll
    static void startServer() throws Exception {
        Properties properties = new Properties();
        properties.setProperty("jclouds.filesystem.basedir", objects.toString());
        context = ContextBuilder.newBuilder("filesystem")
                .credentials("unused", "unused")
                .overrides(properties)
                .build(BlobStoreContext.class);
        context.getBlobStore().createContainerInLocation(null, BUCKET);
        proxy = S3Proxy.builder()
                .blobStore(context.getBlobStore())
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .endpoint(URI.create("http://127.0.0.1:0"))
                .build();
        proxy.start();
        for (int i = 0; i < 500 && !"STARTED".equals(proxy.getState()); i++) {
            Thread.sleep(10);
        }
        endpoint = URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    @AfterAll
    static void stopServer() throws Exception {
        opened.forEach(S3FileStore::close);
        if (proxy != null) {
            proxy.stop();
        }
        if (context != null) {
            context.close();
        }
    }

    static S3FileStore store(String prefix, String secret, long maxBytes) {
        S3FileStore store = new S3FileStore(
                new S3FileStore.Settings(
                        BUCKET,
                        prefix,
                        Optional.of(endpoint),
                        "us-east-1",
                        true,
                        Optional.of(ACCESS_KEY),
                        Optional.of(secret)),
                maxBytes);
        opened.add(store);
        return store;
    }

    @Override
    FileStore store(long maxBytes) {
        return store("inspections/", SECRET_KEY, maxBytes);
    }

    @Test
    void objectsLieUnderThePrefixWithTheirMediaType() throws IOException {
        FileStore store = store(1 << 20);
        UUID id = UUID.randomUUID();
        store.put(FileStore.keyFor(id), new byte[] {'%', 'P', 'D', 'F'}, MediaTypes.PDF);

        String object = "inspections/" + FileStore.keyFor(id);
        assertTrue(context.getBlobStore().blobExists(BUCKET, object), "object " + object + " in the bucket");
        FileStore.StoredFile f = store.get(FileStore.keyFor(id)).orElseThrow();
        assertEquals(Optional.of(MediaTypes.PDF), f.contentType());
        assertEquals(4, read(f).length);
        assertFalse(
                store("par-index/", SECRET_KEY, 1 << 20)
                        .get(FileStore.keyFor(id))
                        .isPresent(),
                "another service's prefix does not see it");
    }

    @Test
    void wrongCredentialsAreRefusedByTheServer() {
        FileStore wrong = store("inspections/", "not-the-secret", 1 << 20);
        String key = FileStore.keyFor(UUID.randomUUID());
        // The server may answer 403 before it has read the body and close the connection: the client then sees
        // either the 403 (S3Exception) or the broken upload (SdkClientException), never a retry of a stream that
        // has already been read (IllegalStateException), and nothing is stored.
        assertThrows(SdkException.class, () -> wrong.put(key, new byte[] {1}, MediaTypes.TEXT));
        assertFalse(context.getBlobStore().blobExists(BUCKET, "inspections/" + key), "nothing stored");
        S3Exception refused = assertThrows(S3Exception.class, () -> wrong.get(key));
        assertEquals(403, refused.statusCode());
    }

    @Test
    void aStreamedUploadThatFailsIsNotSentTwice() {
        FileStore wrong = store("inspections/", "not-the-secret", 1 << 22);
        byte[] large = random(2_000_000);
        for (int i = 0; i < 5; i++) {
            String key = FileStore.keyFor(UUID.randomUUID());
            SdkException e = assertThrows(
                    SdkException.class,
                    () -> wrong.put(key, new java.io.ByteArrayInputStream(large), large.length, MediaTypes.PDF));
            assertTrue(e.numAttempts() == 1, "one attempt, was " + e.numAttempts() + ": " + e);
        }
    }

    @Test
    void theSecretIsNeverInTheSettingsText() {
        S3FileStore.Settings s = new S3FileStore.Settings(
                BUCKET,
                "p/",
                Optional.of(endpoint),
                "us-east-1",
                true,
                Optional.of(ACCESS_KEY),
                Optional.of(SECRET_KEY));
        assertFalse(s.toString().contains(SECRET_KEY), s.toString());
        assertThrows(
                IllegalArgumentException.class,
                () -> new S3FileStore.Settings(
                        " ", "", Optional.empty(), "us-east-1", false, Optional.empty(), Optional.empty()));
        assertThrows(
                IllegalArgumentException.class,
                () -> new S3FileStore.Settings(
                        BUCKET, "", Optional.empty(), "us-east-1", false, Optional.of(ACCESS_KEY), Optional.empty()));
    }
}

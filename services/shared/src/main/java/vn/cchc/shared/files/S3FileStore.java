package vn.cchc.shared.files;

import java.io.InputStream;
import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.SdkPlugin;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * Files in an S3-compatible object store (AWS S3, MinIO, Ceph, SeaweedFS, ...): one object per key, under
 * {@code cchc.files.s3.prefix} in {@code cchc.files.s3.bucket}, with the media type and length as object metadata.
 * Talks through the AWS SDK v2 with its small URL-connection HTTP client; checksums only where the API requires them,
 * so stores that do not know the newer trailing checksums work too. Credentials come from the configuration or, when
 * none is set, from the SDK's default chain (environment, profile, instance role); they are never logged.
 */
public final class S3FileStore implements FileStore, AutoCloseable {

    /** Where and how to reach the store. {@link #toString()} leaves the secret out. */
    public record Settings(
            String bucket,
            String prefix,
            Optional<URI> endpoint,
            String region,
            boolean pathStyle,
            Optional<String> accessKeyId,
            Optional<String> secretAccessKey) {

        public Settings {
            if (bucket == null || bucket.isBlank()) {
                throw new IllegalArgumentException("cchc.files.s3.bucket is required when cchc.files.store=s3");
            }
            if (accessKeyId.isPresent() != secretAccessKey.isPresent()) {
                throw new IllegalArgumentException(
                        "set both cchc.files.s3.access-key-id and cchc.files.s3.secret-access-key, or neither");
            }
            prefix = prefix == null ? "" : prefix;
            if (!prefix.isEmpty()) {
                FileStore.checkKey(prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix);
            }
        }

        @Override
        public String toString() {
            return "S3 bucket " + bucket + (prefix.isEmpty() ? "" : ", prefix " + prefix)
                    + endpoint.map(e -> ", endpoint " + e).orElse("") + ", region " + region
                    + (pathStyle ? ", path-style" : "")
                    + (accessKeyId.isPresent() ? ", configured credentials" : ", default credentials chain");
        }
    }

    private static final SdkPlugin NO_RETRY =
            config -> config.overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()));

    private final S3Client client;
    private final String bucket;
    private final String prefix;
    private final long maxBytes;

    public S3FileStore(Settings settings, long maxBytes) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(settings.region()))
                .forcePathStyle(settings.pathStyle())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(credentials(settings));
        settings.endpoint().ifPresent(builder::endpointOverride);
        this.client = builder.build();
        this.bucket = settings.bucket();
        this.prefix = settings.prefix();
        this.maxBytes = maxBytes;
    }

    private static AwsCredentialsProvider credentials(Settings settings) {
        if (settings.accessKeyId().isPresent()) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(
                    settings.accessKeyId().get(), settings.secretAccessKey().orElseThrow()));
        }
        return DefaultCredentialsProvider.builder().build();
    }

    @Override
    public void put(String key, InputStream content, long size, String contentType) {
        FileStore.checkSize(size, maxBytes);
        PutObjectRequest request = PutObjectRequest.builder()
                .bucket(bucket)
                .key(objectKey(key))
                .contentLength(size)
                .contentType(contentType)
                // A streamed body is read once: the SDK must not try again (it would fail with "already read once"
                // and hide the real cause, e.g. a refused signature whose 403 arrived while the body was being sent).
                // The caller's request fails and is retried by its client, with an Idempotency-Key where it matters.
                .overrideConfiguration(o -> o.addPlugin(NO_RETRY))
                .build();
        client.putObject(request, RequestBody.fromInputStream(new ExactLengthInputStream(content, size), size));
    }

    @Override
    public Optional<StoredFile> get(String key) {
        try {
            ResponseInputStream<GetObjectResponse> in = client.getObject(GetObjectRequest.builder()
                    .bucket(bucket)
                    .key(objectKey(key))
                    .build());
            GetObjectResponse r = in.response();
            return Optional.of(new StoredFile(in, r.contentLength(), Optional.ofNullable(r.contentType())));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    @Override
    public void delete(String key) {
        client.deleteObject(
                DeleteObjectRequest.builder().bucket(bucket).key(objectKey(key)).build());
    }

    @Override
    public long maxBytes() {
        return maxBytes;
    }

    @Override
    public void close() {
        client.close();
    }

    private String objectKey(String key) {
        String k = FileStore.checkKey(key);
        return prefix.isEmpty() || prefix.endsWith("/") ? prefix + k : prefix + "/" + k;
    }
}

package vn.cchc.shared.files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import java.net.URI;
import java.nio.file.Path;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * The service's {@link FileStore}, chosen by configuration:
 * <ul>
 *   <li>{@code cchc.files.store} — {@code filesystem} (default) or {@code s3};</li>
 *   <li>{@code cchc.files.max-bytes} — the largest file any write may store (default 50 MiB; each service checks its
 *       own, smaller upload limit first and answers 413/400);</li>
 *   <li>filesystem: {@code cchc.files.dir} — the root directory;</li>
 *   <li>s3: {@code cchc.files.s3.bucket} (required), {@code .prefix} (default none), {@code .endpoint} (an
 *       S3-compatible server's URL; default AWS), {@code .region} (default {@code us-east-1}), {@code .path-style}
 *       (default false; most self-hosted stores need true), {@code .access-key-id} and {@code .secret-access-key}
 *       (both or neither; neither = the AWS SDK's default credentials chain).</li>
 * </ul>
 * The choice is logged at start, the credentials never.
 */
@ApplicationScoped
public class FileStores {

    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

    private static final Logger LOG = Logger.getLogger(FileStores.class);

    private final Config config;

    public FileStores(Config config) {
        this.config = config;
    }

    @Produces
    @ApplicationScoped
    public FileStore fileStore() {
        String kind = config.getOptionalValue("cchc.files.store", String.class)
                .orElse("filesystem")
                .trim();
        long maxBytes =
                config.getOptionalValue("cchc.files.max-bytes", Long.class).orElse(DEFAULT_MAX_BYTES);
        return switch (kind) {
            case "filesystem" -> {
                Path dir = Path.of(config.getValue("cchc.files.dir", String.class));
                LOG.infof("files are stored under %s", dir.toAbsolutePath());
                yield new FileSystemFileStore(dir, maxBytes);
            }
            case "s3" -> {
                S3FileStore.Settings settings = s3Settings();
                LOG.infof("files are stored in %s", settings);
                yield new S3FileStore(settings, maxBytes);
            }
            default -> throw new IllegalStateException("cchc.files.store is filesystem or s3, not " + kind);
        };
    }

    void close(@Disposes FileStore store) throws Exception {
        if (store instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    private S3FileStore.Settings s3Settings() {
        return new S3FileStore.Settings(
                config.getOptionalValue("cchc.files.s3.bucket", String.class).orElse(null),
                config.getOptionalValue("cchc.files.s3.prefix", String.class).orElse(""),
                config.getOptionalValue("cchc.files.s3.endpoint", String.class).map(URI::create),
                config.getOptionalValue("cchc.files.s3.region", String.class).orElse("us-east-1"),
                config.getOptionalValue("cchc.files.s3.path-style", Boolean.class)
                        .orElse(false),
                config.getOptionalValue("cchc.files.s3.access-key-id", String.class),
                config.getOptionalValue("cchc.files.s3.secret-access-key", String.class));
    }
}

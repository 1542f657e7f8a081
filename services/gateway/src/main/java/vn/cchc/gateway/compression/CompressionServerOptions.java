package vn.cchc.gateway.compression;

import io.netty.handler.codec.compression.Brotli;
import io.netty.handler.codec.compression.BrotliMode;
import io.netty.handler.codec.compression.CompressionOptions;
import io.netty.handler.codec.compression.StandardCompressionOptions;
import io.quarkus.arc.Unremovable;
import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import vn.cchc.gateway.config.GatewayConfig;

/**
 * Turns on the HTTP server's response compression (Netty's compressor in each connection's pipeline): brotli when
 * its native encoder (brotli4j, linux-x86_64) loads and the client accepts {@code br}, else gzip. The compressor
 * only reads the request's {@code Accept-Encoding}: a request without it costs nothing more. What may be compressed is
 * {@link CompressionPolicy}'s decision ({@link CompressionFilter}). Quarkus' own {@code quarkus.http.enable-compression}
 * stays off: it marks every response of a route not annotated {@code @Compressed} as not compressible.
 */
@Singleton
@Unremovable
public class CompressionServerOptions implements HttpServerOptionsCustomizer {

    private static final Logger LOG = Logger.getLogger(CompressionServerOptions.class);

    private final GatewayConfig.CompressionConfig config;

    public CompressionServerOptions(GatewayConfig config) {
        this.config = config.compression();
    }

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        apply(options);
    }

    @Override
    public void customizeHttpsServer(HttpServerOptions options) {
        apply(options);
    }

    void apply(HttpServerOptions options) {
        if (!config.enabled()) {
            LOG.info("Response compression is off (cchc.gateway.compression.enabled=false)");
            return;
        }
        int gzipLevel = Math.clamp(config.gzipLevel(), 1, 9);
        List<CompressionOptions> compressors = new ArrayList<>();
        boolean brotli = config.brotli() && brotliAvailable();
        if (brotli) {
            compressors.add(
                    StandardCompressionOptions.brotli(Math.clamp(config.brotliQuality(), 0, 11), 22, BrotliMode.TEXT));
        }
        compressors.add(StandardCompressionOptions.gzip(gzipLevel, 15, 8));
        options.setCompressionSupported(true);
        options.setCompressionLevel(gzipLevel);
        options.setCompressors(compressors);
        LOG.infof(
                "Response compression: %s (gzip level %d%s), bodies from %d bytes",
                brotli ? "br, gzip" : "gzip",
                gzipLevel,
                brotli ? ", brotli quality " + Math.clamp(config.brotliQuality(), 0, 11) : "",
                config.minSize());
    }

    static boolean brotliAvailable() {
        try {
            if (Brotli.isAvailable()) {
                return true;
            }
            LOG.warn("brotli4j's native encoder is not available on this platform: gzip only");
        } catch (Throwable e) {
            LOG.warnf("brotli4j could not be loaded (%s): gzip only", e.toString());
        }
        return false;
    }
}

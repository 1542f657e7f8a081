package vn.cchc.parindex.config;

import io.smallrye.config.ConfigMapping;

/**
 * Everything the par-index service reads from {@code cchc.par-index.*} (application.properties). A property under
 * that prefix that is not declared here fails the start.
 */
@ConfigMapping(prefix = "cchc.par-index")
public interface ParIndexConfig {

    Evidence evidence();

    /**
     * Evidence files (tài liệu kiểm chứng). Where they are stored is the shared file store's configuration
     * ({@code cchc.files.*}, shared README), not this service's.
     */
    interface Evidence {
        /** The largest evidence file accepted, in bytes. */
        long maxBytes();
    }
}

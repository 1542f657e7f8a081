package vn.cchc.parindex.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A province's database created before the latest shared migration (db/shared V0_2, issue 14) already holds every
 * migration of the service: starting the new build must apply the shared one, whose version is lower, instead of
 * refusing to start ("Detected resolved migration not applied to database: 0.2"). Runs Flyway with the services'
 * own settings (shared microprofile-config.properties) against a real PostgreSQL.
 */
class SharedMigrationUpgradeTest {

    private static EmbeddedPostgres postgres;

    @TempDir
    static Path before;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    static Properties servicesConfig() throws IOException {
        Properties p = new Properties();
        try (InputStream in =
                SharedMigrationUpgradeTest.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            p.load(in);
        }
        return p;
    }

    @Test
    void aDatabaseMigratedBeforeTheLatestSharedMigrationUpgrades() throws Exception {
        // The database as issue 13 left it: the first shared migration and all of the service's own.
        try (InputStream in = getClass().getResourceAsStream("/db/shared/V0_1__outbox_inbox.sql")) {
            Files.copy(in, before.resolve("V0_1__outbox_inbox.sql"));
        }
        MigrateResult old = Flyway.configure()
                .dataSource(postgres.getPostgresDatabase())
                .locations("filesystem:" + before, "classpath:db/migration")
                .load()
                .migrate();
        assertTrue(old.migrationsExecuted > 1, "the old schema is in place");
        assertEquals("0", tableCount("dead_letter"), "no dead_letter table before the upgrade");

        Properties config = servicesConfig();
        MigrateResult upgrade = Flyway.configure()
                .dataSource(postgres.getPostgresDatabase())
                .locations(config.getProperty("quarkus.flyway.locations").split(","))
                .outOfOrder(Boolean.parseBoolean(config.getProperty("quarkus.flyway.out-of-order", "false")))
                .load()
                .migrate();

        assertTrue(upgrade.success);
        assertTrue(upgrade.migrationsExecuted >= 1, "the later shared migrations are applied");
        upgrade.migrations.forEach(m -> assertTrue(m.version.startsWith("0."), "only shared ones: " + m.version));
        assertEquals("1", tableCount("dead_letter"));
    }

    private static String tableCount(String table) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                ResultSet r = c.createStatement()
                        .executeQuery(
                                "select count(*) from information_schema.tables where table_name = '" + table + "'")) {
            r.next();
            return r.getString(1);
        }
    }
}

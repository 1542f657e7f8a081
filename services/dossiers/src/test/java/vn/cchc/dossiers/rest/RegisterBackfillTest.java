package vn.cchc.dossiers.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V10 numbers the rows written before it deterministically (docs/domain/forms.md §6): a fresh database migrated to
 * V6, filled the old way (letters "0001/PXL" from the dossier's daily sequence, no book entries), then migrated on.
 */
@QuarkusTest
class RegisterBackfillTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void existingRowsAreNumberedByTimeWithinUnitKindAndYear() throws SQLException {
        String db = "backfill_" + ThreadLocalRandom.current().nextInt(1_000_000);
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("create database " + db);
        }
        String url = ConfigProvider.getConfig()
                .getValue("quarkus.datasource.jdbc.url", String.class)
                .replaceFirst("/postgres(\\?|$)", "/" + db + "$1");
        Flyway.configure()
                .dataSource(url, "postgres", "postgres")
                .locations("classpath:db/shared", "classpath:db/migration")
                .target("6")
                .load()
                .migrate();
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
                Statement s = c.createStatement()) {
            // ids are not in receipt order: the backfill must follow receipt time (local year), not ids
            dossier(s, 1, "A-260301-0001", "U.MC", "U", "2026-03-01 02:00:00+00");
            dossier(s, 2, "A-251231-0001", "U.MC", "U", "2025-12-31 16:30:00+00"); // 31/12 23:30 local: volume 2025
            dossier(s, 3, "A-260101-0001", "U.MC", "U", "2025-12-31 17:30:00+00"); // 01/01 00:30 local: volume 2026
            dossier(s, 4, "A-260102-0001", "U.MC", "U", "2026-01-02 02:00:00+00");
            dossier(s, 5, "B-260105-0001", "V.MC", "V", "2026-01-05 02:00:00+00");
            dossier(s, 6, "A-260110-0001", "U.MC", "U", null); // registered online, never received: no entry
            apology(s, 1, "2026-03-05 02:00:00+00");
            apology(s, 4, "2026-01-04 02:00:00+00");
            apology(s, 5, "2026-01-06 02:00:00+00");
            s.execute("""
                    insert into dossier_notice (dossier_id, form, number, items, reason, issued_at, issued_by) values
                      (1, 'MAU03', '0001/PTC', '[]', 'x', '2026-03-02 02:00:00+00', 'o'),
                      (3, 'MAU03', '0001/PTC', '[]', 'x', '2026-01-02 02:00:00+00', 'o'),
                      (4, 'MAU02', '0001/PBS', '[]', 'x', '2026-01-03 02:00:00+00', 'o')""");
        }
        Flyway.configure()
                .dataSource(url, "postgres", "postgres")
                .locations("classpath:db/shared", "classpath:db/migration")
                .load()
                .migrate();
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
                Statement s = c.createStatement()) {
            assertEquals(
                    List.of(
                            "1:U.MC:2026:3:3",
                            "2:U.MC:2025:1:1",
                            "3:U.MC:2026:1:1",
                            "4:U.MC:2026:2:2",
                            "5:V.MC:2026:1:1"),
                    rows(
                            s,
                            "select dossier_id || ':' || unit_code || ':' || volume || ':' || entry || ':' || receipt_no"
                                    + " from dossier_book_entry order by dossier_id"));
            assertEquals(
                    List.of("1:U:2026:2/PXL", "4:U:2026:1/PXL", "5:V:2026:1/PXL"),
                    rows(
                            s,
                            "select dossier_id || ':' || issuing_unit_code || ':' || register_year || ':' || number"
                                    + " from apology_letter order by dossier_id"));
            assertEquals(
                    List.of("1:MAU03:U.MC:2/PTC", "3:MAU03:U.MC:1/PTC", "4:MAU02:U.MC:1/PBS"),
                    rows(
                            s,
                            "select dossier_id || ':' || form || ':' || issuing_unit_code || ':' || number"
                                    + " from dossier_notice order by dossier_id"));
            assertEquals(
                    List.of(
                            "U.MC:PBS:2026:1",
                            "U.MC:PTC:2026:2",
                            "U.MC:STHS:2025:1",
                            "U.MC:STHS:2026:3",
                            "U.MC:TNHS:2025:1",
                            "U.MC:TNHS:2026:3",
                            "U:PXL:2026:2",
                            "V.MC:STHS:2026:1",
                            "V.MC:TNHS:2026:1",
                            "V:PXL:2026:1"),
                    rows(
                                    s,
                                    "select unit_code || ':' || kind || ':' || year || ':' || last_number from document_register")
                            .stream()
                            .sorted()
                            .toList());
        } finally {
            try (Connection c = dataSource.getConnection();
                    Statement s = c.createStatement()) {
                s.execute("drop database if exists " + db);
            }
        }
    }

    private static void dossier(Statement s, long id, String code, String unit, String deciding, String receivedAt)
            throws SQLException {
        s.execute("""
                insert into dossier (id, code, status, procedure_code, procedure_version, procedure_name, field,
                  receiving_unit_code, receiving_unit_path, deciding_unit_code, deciding_unit_path, channel, applicant_name,
                  applicant_phone, processing_time_value, processing_time_unit, received_at, version, created_at, created_by,
                  updated_at)
                values (%d, '%s', 'PROCESSING', 'P1', 1, 'Thủ tục', 'Hộ tịch', '%s', '/R/%s/%s/', '%s', '/R/%s/', 'DIRECT',
                  'Nguyễn Văn A', '0912345678', 3, 'WORKING_DAYS', %s, 0, now(), 'test', now())""".formatted(
                        id,
                        code,
                        unit,
                        deciding,
                        unit,
                        deciding,
                        deciding,
                        receivedAt == null ? "null" : "'" + receivedAt + "'"));
    }

    private static void apology(Statement s, long dossierId, String issuedAt) throws SQLException {
        s.execute("""
                insert into apology_letter (dossier_id, number, reason, original_due_at, new_due_at, signer, issued_by,
                  issued_at, timely) values (%d, '0001/PXL', 'x', '%s', '%s', 'Chủ tịch', 'leader', '%s', false)""".formatted(dossierId, issuedAt, issuedAt, issuedAt));
    }

    private static List<String> rows(Statement s, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }
}

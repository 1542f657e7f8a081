package vn.cchc.dossiers.repository;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import vn.cchc.dossiers.domain.RegisterKind;

/**
 * The numbers of an intake taken in a short transaction of their own (issue 16): the dossier code's sequence of the
 * deciding unit and day ({@code dossier_counter}) and, for a received dossier, the Mẫu 01 number and the book line
 * of the receiving point ({@code document_register} TNHS, STHS). Taken in the intake's own transaction, these rows
 * stayed locked until its commit, so concurrent intakes at one receiving point ran one after the other; here they
 * are locked for three statements and a commit that does not wait for the disk.
 * <p>
 * Correctness: numbers are never shared (the same upserts, each row locked while incremented). Durability: the
 * commit does not wait for its WAL flush ({@code synchronous_commit = off}), but the intake that uses the numbers
 * commits after it with a flush, which writes every earlier WAL record too: a dossier that survives a crash has
 * numbers that survive it. Cost: an intake that fails or is refused after this leaves a gap in the day's codes and
 * in the registers, which docs/domain/forms.md §2 allows (duplicates never, gaps allowed). Connections come from the
 * separate pool {@code numbers} (transactions disabled: never enlisted in the caller's), so an intake waiting for
 * one never holds the last connection another needs.
 */
@ApplicationScoped
public class IntakeNumbers {

    /** A dossier code's sequence; the receipt and book numbers, 0 when not asked for. */
    public record Numbers(int sequence, int receiptNo, int entry) {}

    private static final String COUNTER = """
            insert into dossier_counter (unit_code, day, last) values (?, ?, 1)
            on conflict (unit_code, day) do update set last = dossier_counter.last + 1
            returning last""";
    private static final String REGISTER = """
            insert into document_register (unit_code, kind, year, last_number) values (?, ?, ?, 1)
            on conflict (unit_code, kind, year) do update set last_number = document_register.last_number + 1
            returning last_number""";

    private final AgroalDataSource numbers;

    public IntakeNumbers(@DataSource("numbers") AgroalDataSource numbers) {
        this.numbers = numbers;
    }

    /**
     * The next sequence of {@code decidingUnit} on {@code day} and, when {@code bookYear} is not null, the next TNHS
     * and STHS numbers of {@code point} in that year; committed before returning.
     */
    public Numbers take(String decidingUnit, LocalDate day, String point, Integer bookYear) {
        try (Connection c = numbers.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (Statement s = c.createStatement()) {
                    s.execute("set local synchronous_commit = off");
                }
                int sequence = next(c, COUNTER, decidingUnit, day, null);
                int receipt = 0;
                int entry = 0;
                if (bookYear != null) {
                    receipt = next(c, REGISTER, point, RegisterKind.RECEIPT.series(), bookYear);
                    entry = next(c, REGISTER, point, RegisterKind.BOOK.series(), bookYear);
                }
                c.commit();
                return new Numbers(sequence, receipt, entry);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("intake numbers not taken: " + e.getMessage(), e);
        }
    }

    private static int next(Connection c, String sql, String unit, Object second, Integer year) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, unit);
            p.setObject(2, second);
            if (year != null) {
                p.setInt(3, year);
            }
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}

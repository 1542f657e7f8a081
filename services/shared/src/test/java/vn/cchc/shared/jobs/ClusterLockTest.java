package vn.cchc.shared.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two instances of a service, each running the same job at the same moment (two threads, two connections, a real
 * PostgreSQL): the job's work (mark due rows, announce each in an outbox-like table) is done once.
 */
class ClusterLockTest {

    private static EmbeddedPostgres postgres;
    private static DataSource dataSource;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        dataSource = postgres.getPostgresDatabase();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @BeforeEach
    void rows() throws SQLException {
        sql("drop table if exists job_item, job_event");
        sql("create table job_item (id int primary key, done boolean not null default false)");
        sql("create table job_event (item int not null)");
        sql("insert into job_item (id) select generate_series(1, 50)");
    }

    /**
     * What a scheduled job does (the overdue watch, say): reads what is due, then marks and announces each row in
     * a transaction of its own. Two runs overlapping without a lock both see the same due rows.
     */
    private static void markDue(CyclicBarrier bothReadDue) {
        try (Connection c = dataSource.getConnection()) {
            List<Integer> due = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("select id from job_item where not done order by id")) {
                while (r.next()) {
                    due.add(r.getInt(1));
                }
            }
            try {
                bothReadDue.await(2, TimeUnit.SECONDS); // lets an overlapping run read the same rows
            } catch (Exception timeout) {
                // the other run did not come: it was kept out
            }
            for (int id : due) {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("update job_item set done = true where id = " + id);
                    s.executeUpdate("insert into job_event (item) values (" + id + ")");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void twoInstancesRunningTheJobAtOnceDoTheWorkOnce() throws Exception {
        ClusterLock instanceA = new ClusterLock(dataSource);
        ClusterLock instanceB = new ClusterLock(dataSource);
        CyclicBarrier bothReadDue = new CyclicBarrier(2);
        CyclicBarrier bothStart = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Boolean> a = () -> {
                bothStart.await();
                return instanceA.runExclusively("test.mark-due", () -> markDue(bothReadDue));
            };
            Callable<Boolean> b = () -> {
                bothStart.await();
                return instanceB.runExclusively("test.mark-due", () -> markDue(bothReadDue));
            };
            Future<Boolean> ranA = pool.submit(a);
            Future<Boolean> ranB = pool.submit(b);
            assertTrue(ranA.get(20, TimeUnit.SECONDS) ^ ranB.get(20, TimeUnit.SECONDS), "exactly one ran");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(50, count("select count(*) from job_event"), "every row announced");
        assertEquals(50, count("select count(distinct item) from job_event"), "none twice");
    }

    @Test
    void theLockIsReleasedAfterARunAndIsPerJob() throws SQLException {
        ClusterLock lock = new ClusterLock(dataSource);
        assertTrue(lock.runExclusively("test.a", () -> {}));
        assertTrue(lock.runExclusively("test.a", () -> {}), "free again after the run");
        // a run of job a does not keep job b out, but keeps a second run of a out
        assertTrue(lock.runExclusively("test.a", () -> {
            assertTrue(lock.runExclusively("test.b", () -> {}));
            assertFalse(lock.runExclusively("test.a", () -> {}));
        }));
        // released even when the job throws
        try {
            lock.runExclusively("test.a", () -> {
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            // the job's own failure reaches the caller
        }
        assertEquals("ran", lock.callExclusively("test.a", () -> "ran"));
    }

    @Test
    void aDeadInstanceLosesTheLockWithItsSession() throws SQLException {
        ClusterLock lock = new ClusterLock(dataSource);
        try (Connection dead = dataSource.getConnection();
                Statement s = dead.createStatement()) {
            s.execute("select pg_advisory_lock(" + ClusterLock.JOB_LOCK_CLASS + ", " + "test.c".hashCode() + ")");
            assertNull(lock.callExclusively("test.c", () -> "ran"), "held by the other instance");
        }
        assertEquals("ran", lock.callExclusively("test.c", () -> "ran"), "its session ended");
    }

    private static void sql(String statement) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static long count(String query) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }
}

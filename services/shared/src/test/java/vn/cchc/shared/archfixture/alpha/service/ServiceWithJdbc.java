package vn.cchc.shared.archfixture.alpha.service;

import java.sql.Connection;
import java.sql.SQLException;

/** Bad: a JDBC statement outside the repository. */
public class ServiceWithJdbc {
    public boolean purge(Connection c) throws SQLException {
        try (var s = c.prepareStatement("delete from thing")) {
            return s.execute();
        }
    }
}

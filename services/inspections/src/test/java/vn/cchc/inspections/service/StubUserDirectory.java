package vn.cchc.inspections.service;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.List;

/**
 * In the @QuarkusTest runs the user directory is this fixed list instead of Keycloak's admin API (no Keycloak inside
 * the Maven tests): accounts of H99 and H98 as AccessFixtures' unit copy knows them, one of a unit it does not know.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class StubUserDirectory implements UserDirectory {

    public static final List<DirectoryUser> USERS = List.of(
            new DirectoryUser("inspector", "Minh", "Lê", "H99.SNV"),
            new DirectoryUser("member", "Văn Trưởng", "Nguyễn", "H99.SNV"),
            new DirectoryUser("officer", "Thị Hoa", "Phạm", "H99.X01"),
            new DirectoryUser("leader.other", "Đức", "Đặng", "H98.X01"),
            new DirectoryUser("ghost", "Không", "Rõ", "Z00.X01"));

    @Override
    public List<DirectoryUser> staff() {
        return USERS;
    }
}

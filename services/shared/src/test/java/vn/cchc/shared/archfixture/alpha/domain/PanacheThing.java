package vn.cchc.shared.archfixture.alpha.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Bad: an active-record entity puts a Quarkus type into the domain. */
@Entity
public class PanacheThing extends PanacheEntityBase {
    @Id
    public Long id;
}

package vn.cchc.shared.archfixture.alpha.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Good: an entity may carry JPA and Hibernate mapping annotations. */
@Entity
public class Thing {
    @Id
    public Long id;

    @JdbcTypeCode(SqlTypes.JSON)
    public String name;
}

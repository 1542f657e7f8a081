package vn.cchc.parindex;

import io.quarkus.test.common.QuarkusTestResource;
import vn.cchc.shared.testing.KafkaTestResource;
import vn.cchc.shared.testing.OidcTestKeyResource;
import vn.cchc.shared.testing.PostgresTestResource;

/** Real PostgreSQL and Kafka for every @QuarkusTest of this module, started once per test JVM. */
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcTestKeyResource.class)
public final class TestInfra {
    private TestInfra() {}
}

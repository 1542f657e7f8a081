package vn.cchc.dossiers.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The national status codes (docs/domain/dossiers.md §3.2) are the server's: every dossier response carries
 * {@code status} and {@code statusCode} from {@link DossierStatus}. The SPA's tests read the same table from
 * {@code frontend/src/api/fixtures/dossier-statuses.json}; this test fails when the enum and that recorded table differ,
 * so neither side can change a code, a name or the order alone.
 */
class StatusContractTest {

    private static final Path FIXTURE = Path.of("../../frontend/src/api/fixtures/dossier-statuses.json");

    @Test
    void theSpaFixtureIsTheServerTable() throws IOException {
        List<String> expected = Arrays.stream(DossierStatus.values())
                .map(s -> s.name() + "=" + s.code() + " " + s.vietnamese())
                .toList();
        List<String> recorded = new ArrayList<>();
        for (JsonNode n : new ObjectMapper().readTree(Files.readString(FIXTURE))) {
            recorded.add(n.get("status").asText() + "=" + n.get("statusCode").asInt() + " "
                    + n.get("name").asText());
        }
        assertEquals(expected, recorded, "update " + FIXTURE + " with the server's DossierStatus table");
    }
}

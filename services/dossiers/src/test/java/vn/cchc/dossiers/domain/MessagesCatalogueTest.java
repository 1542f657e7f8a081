package vn.cchc.dossiers.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cchc.shared.testing.MessageCatalogues;

/** ADR 0015: every key of the service's catalogue has Vietnamese and English texts, and some code uses it. */
class MessagesCatalogueTest {

    @Test
    void everyKeyHasBothLanguagesAndIsUsed() {
        List<String> problems = MessageCatalogues.problems(Messages.class, Path.of("src/main/java"), Set.of());
        assertEquals(List.of(), problems);
    }
}

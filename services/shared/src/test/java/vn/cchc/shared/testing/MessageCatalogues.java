package vn.cchc.shared.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.cchc.shared.problem.Message;

/**
 * Checks a message catalogue (ADR 0015): every key has a Vietnamese and an English text, the Vietnamese is NFC and
 * reads as Vietnamese (not the English copied, no common English word), both use placeholders {0}…{9} only, and
 * every key is used by the code under {@code sources} ({@code Catalogue.KEY}). Returns the problems found (empty: ok).
 */
public final class MessageCatalogues {

    /** Common English words that never belong in a Vietnamese text (codes such as DRAFT or unit_code are fine). */
    public static final Pattern ENGLISH_WORD = Pattern.compile(
            "\\b(the|must|not|has|have|already|invalid|found|dossier|is|are|only|your|cannot|no|of|with|at|least|"
                    + "most|required|should|please|unknown|before|after|between|one|or|and)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final Pattern ANY_BRACE_NUMBER = Pattern.compile("\\{\\s*\\d[^}]*}");

    private MessageCatalogues() {}

    public static <E extends Enum<E> & Message> List<String> problems(
            Class<E> catalogue, Path sources, Set<String> usedWithoutReference) {
        List<String> problems = new ArrayList<>();
        String code = allSources(sources, catalogue.getSimpleName() + ".java");
        for (E key : catalogue.getEnumConstants()) {
            String name = catalogue.getSimpleName() + "." + key.name();
            String vi = key.vi();
            String en = key.en();
            if (vi == null || vi.isBlank()) {
                problems.add(name + ": no Vietnamese text");
                continue;
            }
            if (en == null || en.isBlank()) {
                problems.add(name + ": no English text");
                continue;
            }
            if (!Normalizer.isNormalized(vi, Normalizer.Form.NFC)) {
                problems.add(name + ": the Vietnamese text is not NFC");
            }
            boolean hasWords = vi.replaceAll("\\{\\d+}", "").matches("(?s).*\\p{L}{2,}.*");
            if (hasWords && vi.equals(en)) {
                problems.add(name + ": the Vietnamese text is the English one");
            }
            Matcher english =
                    ENGLISH_WORD.matcher(vi.replaceAll("\\{[^}]*}", " ").replaceAll("\"[^\"]*\"", " "));
            if (english.find()) {
                problems.add(name + ": the Vietnamese text has the English word '" + english.group() + "'");
            }
            for (String text : List.of(vi, en)) {
                Matcher m = ANY_BRACE_NUMBER.matcher(text);
                while (m.find()) {
                    if (!PLACEHOLDER.matcher(m.group()).matches()) {
                        problems.add(name + ": a malformed placeholder " + m.group());
                    }
                }
            }
            if (!usedWithoutReference.contains(key.name())
                    && !Pattern.compile("\\b" + Pattern.quote(name) + "\\b")
                            .matcher(code)
                            .find()
                    && !Pattern.compile("import static [\\w.]+\\." + Pattern.quote(name) + ";")
                            .matcher(code)
                            .find()) {
                problems.add(name + ": no code uses it");
            }
        }
        return problems;
    }

    /** The placeholders {n} of a text. */
    public static Set<Integer> placeholders(String text) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }

    private static String allSources(Path root, String except) {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")
                            && !p.getFileName().toString().equals(except))
                    .toList()) {
                all.append(Files.readString(f)).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all.toString();
    }
}

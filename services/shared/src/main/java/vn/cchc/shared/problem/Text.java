package vn.cchc.shared.problem;

import java.util.Arrays;
import java.util.Objects;

/**
 * A user-facing text not yet put into a language: a {@link Message} with its arguments, or a literal used as given
 * (the texts of call sites not converted to a key). Arguments that are themselves Texts are resolved in the same
 * language; others are put in with {@link String#valueOf(Object)} (no number grouping, no quoting rules).
 */
public final class Text {

    private final Message message;
    private final String literal;
    private final Object[] args;

    private Text(Message message, String literal, Object[] args) {
        this.message = message;
        this.literal = literal;
        this.args = args;
    }

    public static Text of(Message message, Object... args) {
        return new Text(Objects.requireNonNull(message, "message"), null, args == null ? new Object[0] : args.clone());
    }

    /** A text that is the same in every language (legacy call sites, codes, names). */
    public static Text literal(String text) {
        return new Text(null, text, new Object[0]);
    }

    /** The message key, or null for a literal. */
    public Message message() {
        return message;
    }

    public String in(Language language) {
        if (message == null) {
            return literal;
        }
        return format(message.text(language), language, args);
    }

    static String format(String template, Language language, Object[] args) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '{') {
                int close = template.indexOf('}', i);
                if (close > i + 1 && close - i <= 3 && isDigits(template, i + 1, close)) {
                    int n = Integer.parseInt(template.substring(i + 1, close));
                    out.append(n < args.length ? render(args[n], language) : template.substring(i, close + 1));
                    i = close + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static boolean isDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String render(Object arg, Language language) {
        if (arg instanceof Text t) {
            return t.in(language);
        }
        if (arg instanceof Message m) {
            return m.text(language);
        }
        if (arg instanceof Object[] array) {
            return Arrays.toString(array);
        }
        return String.valueOf(arg);
    }

    @Override
    public String toString() {
        return in(Language.EN);
    }
}

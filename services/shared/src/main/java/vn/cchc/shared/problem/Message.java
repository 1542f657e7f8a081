package vn.cchc.shared.problem;

/**
 * One text the server shows a user, in Vietnamese and English, with {@code {0}}, {@code {1}} … for its arguments.
 * Implemented by the message catalogue enums (shared {@link CommonMessages}, one per service), so that a key is a
 * compile-checked constant and no key can lack either language. ADR 0015.
 */
public interface Message {

    /** The key (the enum constant's name). */
    String name();

    /** The Vietnamese text (NFC, full diacritics). */
    String vi();

    /** The English text. */
    String en();

    default String text(Language language) {
        return language == Language.EN ? en() : vi();
    }

    /** This message with its arguments, resolved later in the request's language. */
    default Text with(Object... args) {
        return Text.of(this, args);
    }
}

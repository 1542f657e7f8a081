package vn.cchc.shared.event;

/** An event that can never be applied; the consumer sends it to the dead-letter topic. */
public class MalformedEventException extends RuntimeException {
    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}

package vn.cchc.dossiers.service;

import vn.cchc.shared.problem.ProblemException;

/** 429: the client made too many wrong attempts; answered as problem+json with {@code Retry-After}. */
public class TooManyAttemptsException extends ProblemException {

    private final long retryAfterSeconds;

    public TooManyAttemptsException(long retryAfterSeconds) {
        super(
                429,
                "too-many-requests",
                "Too many requests",
                "Too many wrong attempts from your address; try again in " + retryAfterSeconds + " s.",
                null);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}

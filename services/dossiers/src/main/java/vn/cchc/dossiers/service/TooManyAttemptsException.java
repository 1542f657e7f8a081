package vn.cchc.dossiers.service;

import vn.cchc.dossiers.domain.Messages;
import vn.cchc.shared.problem.CommonMessages;
import vn.cchc.shared.problem.ProblemException;

/** 429: the client made too many wrong attempts; answered as problem+json with {@code Retry-After}. */
public class TooManyAttemptsException extends ProblemException {

    private final long retryAfterSeconds;

    public TooManyAttemptsException(long retryAfterSeconds) {
        super(
                429,
                "too-many-requests",
                CommonMessages.TITLE_TOO_MANY_REQUESTS.with(),
                Messages.TOO_MANY_ATTEMPTS.with(retryAfterSeconds),
                null);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}

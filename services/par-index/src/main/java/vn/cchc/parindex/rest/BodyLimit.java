package vn.cchc.parindex.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Largest request body of an endpoint, in bytes ({@link EndpointBodyLimitFilter}); endpoints without it accept at most
 * {@link EndpointBodyLimitFilter#DEFAULT_BYTES}. {@code quarkus.http.limits.max-body-size} stays the global ceiling.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BodyLimit {
    long value();
}

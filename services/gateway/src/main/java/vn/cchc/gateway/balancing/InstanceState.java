package vn.cchc.gateway.balancing;

import java.util.concurrent.atomic.AtomicInteger;
import vn.cchc.gateway.routing.Route;

/** What the gateway knows of one instance of a service: requests in flight, failures in a row, ejection. */
public final class InstanceState {

    private final Route.Instance instance;
    private final AtomicInteger inFlight = new AtomicInteger();
    private int failuresInARow;
    private long ejectedUntilNanos;
    private boolean ejected;

    InstanceState(Route.Instance instance) {
        this.instance = instance;
    }

    public Route.Instance instance() {
        return instance;
    }

    public int inFlight() {
        return inFlight.get();
    }

    void started() {
        inFlight.incrementAndGet();
    }

    void finished() {
        inFlight.decrementAndGet();
    }

    synchronized boolean available(long now) {
        return !ejected || now - ejectedUntilNanos >= 0;
    }

    synchronized long ejectedUntil() {
        return ejectedUntilNanos;
    }

    synchronized boolean ejected(long now) {
        return !available(now);
    }

    /** Ejects for {@code base * 2^(failures in a row - 1)}, at most {@code max}; yields the ejection in nanos. */
    synchronized long failed(long now, long baseNanos, long maxNanos) {
        failuresInARow = Math.min(failuresInARow + 1, 30);
        long period = baseNanos;
        for (int i = 1; i < failuresInARow && period < maxNanos; i++) {
            period *= 2;
        }
        period = Math.min(period, maxNanos);
        ejected = true;
        ejectedUntilNanos = now + period;
        return period;
    }

    /** A success (answer or passing probe): back in rotation at once. Yields whether it was ejected. */
    synchronized boolean succeeded(long now) {
        boolean wasOut = ejected && now - ejectedUntilNanos < 0;
        failuresInARow = 0;
        ejected = false;
        return wasOut;
    }
}

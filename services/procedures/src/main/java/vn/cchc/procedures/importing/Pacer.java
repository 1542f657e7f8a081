package vn.cchc.procedures.importing;

/**
 * Keeps a background import from taking more than about half a core: every {@code every} rows it rests as long as
 * those rows took (at most {@value #MAX_REST_MS} ms). An import of 20,000 junk rows then takes a little longer, and
 * the requests of everyone else keep being answered in time (issue 11: a junk import must not slow the service).
 */
public final class Pacer {

    static final long MAX_REST_MS = 50;

    private final int every;
    private int rows;
    private long batchStart = System.nanoTime();

    public Pacer(int every) {
        this.every = every;
    }

    /** One row done. */
    public void row() {
        if (++rows % every != 0) {
            return;
        }
        long took = (System.nanoTime() - batchStart) / 1_000_000;
        long rest = Math.min(MAX_REST_MS, took);
        if (rest > 0) {
            try {
                Thread.sleep(rest);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the import was interrupted (the service is stopping)", e);
            }
        }
        batchStart = System.nanoTime();
    }
}

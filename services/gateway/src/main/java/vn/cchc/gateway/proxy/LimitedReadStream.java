package vn.cchc.gateway.proxy;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * Counts the bytes of a streamed request body (one without Content-Length) and, once there are more than the
 * limit, stops passing them on and runs a callback once (which refuses the request).
 */
final class LimitedReadStream implements ReadStream<Buffer> {

    private final ReadStream<Buffer> delegate;
    private final long maxBytes;
    private final Runnable onExceeded;
    private long seen;
    private boolean exceeded;

    LimitedReadStream(ReadStream<Buffer> delegate, long maxBytes, Runnable onExceeded) {
        this.delegate = delegate;
        this.maxBytes = maxBytes;
        this.onExceeded = onExceeded;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        delegate.exceptionHandler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        if (handler == null) {
            delegate.handler(null);
        } else {
            delegate.handler(chunk -> {
                if (exceeded) {
                    return;
                }
                seen += chunk.length();
                if (seen > maxBytes) {
                    exceeded = true;
                    onExceeded.run();
                    return;
                }
                handler.handle(chunk);
            });
        }
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        delegate.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        delegate.resume();
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        delegate.fetch(amount);
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
        delegate.endHandler(endHandler);
        return this;
    }
}

package vn.cchc.gateway.proxy;

import io.vertx.core.Handler;
import io.vertx.core.streams.ReadStream;

/** Delegates to a read stream and runs a callback once it has ended (the whole request body went upstream). */
final class EndNotifyingReadStream<T> implements ReadStream<T> {

    private final ReadStream<T> delegate;
    private final Runnable onEnd;

    EndNotifyingReadStream(ReadStream<T> delegate, Runnable onEnd) {
        this.delegate = delegate;
        this.onEnd = onEnd;
    }

    @Override
    public ReadStream<T> exceptionHandler(Handler<Throwable> handler) {
        delegate.exceptionHandler(handler);
        return this;
    }

    @Override
    public ReadStream<T> handler(Handler<T> handler) {
        delegate.handler(handler);
        return this;
    }

    @Override
    public ReadStream<T> pause() {
        delegate.pause();
        return this;
    }

    @Override
    public ReadStream<T> resume() {
        delegate.resume();
        return this;
    }

    @Override
    public ReadStream<T> fetch(long amount) {
        delegate.fetch(amount);
        return this;
    }

    @Override
    public ReadStream<T> endHandler(Handler<Void> endHandler) {
        if (endHandler == null) {
            delegate.endHandler(null);
        } else {
            delegate.endHandler(v -> {
                try {
                    endHandler.handle(v);
                } finally {
                    onEnd.run();
                }
            });
        }
        return this;
    }
}

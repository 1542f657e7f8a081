package vn.cchc.gateway.proxy;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/** A request body held in memory, read as a stream (a copy each time, so that it can be sent again). */
final class BufferReadStream implements ReadStream<Buffer> {

    private final Buffer content;
    private Handler<Buffer> handler;
    private Handler<Void> endHandler;
    private long demand = Long.MAX_VALUE;
    private boolean emitted;
    private boolean ended;

    BufferReadStream(Buffer content) {
        this.content = content;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        return this;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        this.handler = handler;
        drain();
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        demand = 0;
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        demand = Long.MAX_VALUE;
        drain();
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        demand = demand + amount < 0 ? Long.MAX_VALUE : demand + amount;
        drain();
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
        this.endHandler = endHandler;
        drain();
        return this;
    }

    private void drain() {
        if (handler == null || demand <= 0) {
            return;
        }
        if (!emitted) {
            emitted = true;
            if (content.length() > 0) {
                if (demand != Long.MAX_VALUE) {
                    demand--;
                }
                handler.handle(content.copy());
            }
        }
        if (!ended && endHandler != null) {
            ended = true;
            endHandler.handle(null);
        }
    }
}

package vn.cchc.shared.inbox;

import java.util.Map;
import java.util.function.Consumer;
import vn.cchc.shared.event.EventEnvelope;

/**
 * A bean with {@code @Incoming} methods names the effect of each of its inbox consumers, so that a record can be
 * applied from the topic ({@link EventConsumer#consume}) and, once parked, from the dead-letter table
 * ({@link DeadLetterReplayer}) by the same code.
 */
public interface EventHandlers {

    /** Inbox consumer name ({@code <service>.<stream>}) → the effect applying one event to the read model. */
    Map<String, Consumer<EventEnvelope>> handlers();
}

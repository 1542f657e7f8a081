package vn.cchc.shared.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduler;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shutdown order: consumers paused when shutdown begins, the scheduler when HTTP has drained; each once. */
class ShutdownOrderTest {

    private final List<String> calls = new ArrayList<>();
    private boolean schedulerRunning = true;

    @Test
    void theShutdownDelayPausesEveryConsumerOfEveryChannelOnce() {
        ShutdownOrder order = new ShutdownOrder(clients(Map.of("dossiers-in", 2, "units-in", 1)), scheduler());

        order.onShutdownDelay(new ShutdownDelayInitiatedEvent());
        order.onShutdown(new ShutdownEvent());

        assertEquals(3, calls.stream().filter(c -> c.startsWith("pause ")).count(), calls.toString());
        assertTrue(calls.contains("pause dossiers-in#0") && calls.contains("pause dossiers-in#1"), calls.toString());
        assertTrue(calls.contains("pause units-in#0"), calls.toString());
        assertEquals("scheduler.pause", calls.get(calls.size() - 1), "the scheduler pauses last: " + calls);
    }

    @Test
    void withoutADelayTheShutdownPausesTheConsumersBeforeTheScheduler() {
        ShutdownOrder order = new ShutdownOrder(clients(Map.of("procedures-in", 1)), scheduler());

        order.onShutdown(new ShutdownEvent());

        assertEquals(List.of("pause procedures-in#0", "scheduler.pause"), calls);
        assertEquals(0, order.pauseConsumers("again"), "paused once only");
    }

    @Test
    void aServiceWithoutConsumersOnlyPausesItsScheduler() {
        ShutdownOrder order = new ShutdownOrder(clients(Map.of()), scheduler());
        schedulerRunning = true;

        order.onShutdown(new ShutdownEvent());

        assertEquals(List.of("scheduler.pause"), calls);
    }

    private KafkaClientService clients(Map<String, Integer> consumersPerChannel) {
        return (KafkaClientService) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {KafkaClientService.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getConsumerChannels":
                            return Set.copyOf(consumersPerChannel.keySet());
                        case "getConsumers": {
                            String channel = (String) args[0];
                            List<KafkaConsumer<?, ?>> list = new ArrayList<>();
                            for (int i = 0; i < consumersPerChannel.getOrDefault(channel, 0); i++) {
                                list.add(consumer(channel + "#" + i));
                            }
                            return list;
                        }
                        default:
                            throw new UnsupportedOperationException(method.getName());
                    }
                });
    }

    private KafkaConsumer<?, ?> consumer(String name) {
        return (KafkaConsumer<?, ?>) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {KafkaConsumer.class}, (proxy, method, args) -> {
                    if (method.getName().equals("pause")) {
                        calls.add("pause " + name);
                        return Uni.createFrom().item(Set.of());
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private Scheduler scheduler() {
        return (Scheduler) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {Scheduler.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "isRunning":
                            return schedulerRunning;
                        case "pause":
                            if (args == null || args.length == 0) {
                                calls.add("scheduler.pause");
                                schedulerRunning = false;
                                return null;
                            }
                            throw new UnsupportedOperationException("pause(job)");
                        default:
                            throw new UnsupportedOperationException(method.getName());
                    }
                });
    }
}

package vn.cchc.inspections.event;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.cchc.inspections.service.CalendarCopyService;
import vn.cchc.shared.event.EventEnvelope;
import vn.cchc.shared.inbox.EventConsumer;
import vn.cchc.shared.inbox.EventHandlers;

/**
 * The official working calendar from dossiers ({@code cchc.calendar.v1}, {@code CalendarYearChanged}), applied once
 * (inbox) into {@code calendar_entry}: the latest sequence of a province's year wins; a poison message goes to the
 * dead-letter topic.
 */
@ApplicationScoped
public class CalendarConsumer implements EventHandlers {

    static final String CALENDAR = "inspections.calendar";

    private final EventConsumer consumer;
    private final CalendarCopyService calendar;

    public CalendarConsumer(EventConsumer consumer, CalendarCopyService calendar) {
        this.consumer = consumer;
        this.calendar = calendar;
    }

    @Override
    public Map<String, Consumer<EventEnvelope>> handlers() {
        return Map.of(CALENDAR, calendar::apply);
    }

    @Incoming("calendar-in")
    @Blocking(ordered = true)
    public void onCalendar(ConsumerRecord<String, String> record) {
        consumer.consume(CALENDAR, record, this);
    }
}

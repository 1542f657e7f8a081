package vn.cchc.inspections.event;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.cchc.inspections.service.CalendarCopyService;
import vn.cchc.shared.inbox.EventConsumer;

/**
 * The official working calendar from dossiers ({@code cchc.calendar.v1}, {@code CalendarYearChanged}), applied once
 * (inbox) into {@code calendar_entry}: the latest sequence of a province's year wins; a poison message goes to the
 * dead-letter topic.
 */
@ApplicationScoped
public class CalendarConsumer {

    private final EventConsumer consumer;
    private final CalendarCopyService calendar;

    public CalendarConsumer(EventConsumer consumer, CalendarCopyService calendar) {
        this.consumer = consumer;
        this.calendar = calendar;
    }

    @Incoming("calendar-in")
    @Blocking(ordered = true)
    public void onCalendar(String payload) {
        consumer.consume("inspections.calendar", payload, calendar::apply);
    }
}

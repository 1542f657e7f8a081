package vn.cchc.inspections.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import vn.cchc.shared.calendar.WorkingCalendar;

import java.util.List;

/**
 * The working calendar for deadlines: weekends and the statutory holidays of Bộ luật Lao động 2019 (lunar
 * holidays computed), 2020–2035. A copy of the dossiers service's calendar code; official yearly decisions
 * (ngày làm bù, nghỉ bù) are not fed here yet.
 */
public class CalendarConfig {

    @Produces
    @Singleton
    WorkingCalendar calendar() {
        return WorkingCalendar.of(List.of());
    }
}

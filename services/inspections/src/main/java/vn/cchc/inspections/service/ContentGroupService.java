package vn.cchc.inspections.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.cchc.inspections.domain.ContentGroup;
import vn.cchc.inspections.repository.ContentGroupRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

@ApplicationScoped
public class ContentGroupService {

    /** Business dates are Vietnamese dates. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ContentGroupRepository groups;
    private final Clock clock;

    public ContentGroupService(ContentGroupRepository groups, Clock clock) {
        this.groups = groups;
        this.clock = clock;
    }

    /** The groups valid on {@code date}, or today in Vietnam when no date is given. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ContentGroup> validOn(LocalDate date) {
        return groups.validOn(date != null ? date : LocalDate.now(clock.withZone(VIETNAM)));
    }
}

package vn.cchc.shared.time;

import java.time.ZoneId;

/** Business dates and working-day arithmetic are in Vietnam time (UTC+7); instants are stored in UTC. */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnamTime() {}
}

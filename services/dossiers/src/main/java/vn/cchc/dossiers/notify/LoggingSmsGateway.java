package vn.cchc.dossiers.notify;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Default SMS channel: logs that a message would be sent, with the number masked (no personal data in logs). */
@ApplicationScoped
@DefaultBean
public class LoggingSmsGateway implements SmsGateway {

    private static final Logger LOG = Logger.getLogger(LoggingSmsGateway.class);

    @Override
    public void send(String phone, String text) {
        String masked = phone == null || phone.length() < 4 ? "****" : "******" + phone.substring(phone.length() - 3);
        LOG.infof(
                "SMS to %s (%d characters) handed to the logging gateway; configure a real SmsGateway bean",
                masked, text.length());
    }
}

package vn.cchc.dossiers.notify;

/** A pluggable SMS channel (a provincial SMS brand-name gateway); the default only logs. */
public interface SmsGateway {

    /** @throws RuntimeException when the message could not be handed over (it is retried) */
    void send(String phone, String text);
}

package vn.cchc.dossiers.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cchc.dossiers.DossierCalls;
import vn.cchc.dossiers.Province;
import vn.cchc.dossiers.service.NotificationService;
import vn.cchc.shared.event.EventCodec;

/** The receipt notice is written with the dossier and sent afterwards by the sender (mock SMTP here). */
@QuarkusTest
class NotificationFlowTest {

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    @Inject
    MockMailbox mailbox;

    @Inject
    NotificationService notifications;

    @Test
    void theReceiptIsMailedAfterTheDossierIsSaved() throws Exception {
        Province p = Province.create(codec, mapper, em);
        String email = "citizen-" + p.code.toLowerCase() + "@example.vn";
        Map<String, Object> body = new HashMap<>();
        body.put("procedureCode", p.procedure);
        body.put("receivingUnitCode", p.code + ".X1.MC");
        body.put("channel", "DIRECT");
        body.put("applicant", Map.of("name", "Lê Văn Tám", "phone", "0901234567", "email", email));
        String code = DossierCalls.receive(p.officer, body);
        assertEquals(
                2L,
                count("select count(*) from notification n join dossier d on d.id = n.dossier_id where d.code = '"
                        + code + "' and n.status = 'PENDING'"));
        Method send = NotificationService.class.getDeclaredMethod("sendDue");
        send.setAccessible(true);
        // the sender takes at most 100 due notifications per run, oldest first: other tests of the suite leave theirs
        // pending, so run it until this dossier's are through (bounded)
        String pending = "select count(*) from notification n join dossier d on d.id = n.dossier_id where d.code = '"
                + code + "' and n.status = 'PENDING'";
        for (int run = 0; run < 100 && count(pending) > 0; run++) {
            send.invoke(notifications);
        }
        List<io.quarkus.mailer.Mail> mails = mailbox.getMailsSentTo(email);
        assertEquals(1, mails.size());
        assertTrue(mails.get(0).getSubject().contains(code), mails.get(0).getSubject());
        assertTrue(
                mails.get(0).getText().contains("Thời gian hẹn trả kết quả"),
                mails.get(0).getText());
        assertEquals(
                0L,
                count("select count(*) from notification n join dossier d on d.id = n.dossier_id where d.code = '"
                        + code + "' and n.status <> 'SENT'"));
    }

    /**
     * Issue 16: a peak (here 250 receipts due at once, more than one batch of 100) leaves in one tick of the sender, not
     * 100 per tick.
     */
    @Test
    void aPeakLeavesInOneTickNotOneBatchPerTick() throws Exception {
        Province p = Province.create(codec, mapper, em);
        String code = given().auth()
                .oauth2(p.officer)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "procedureCode",
                        p.procedure,
                        "receivingUnitCode",
                        p.code + ".X1.MC",
                        "channel",
                        "DIRECT",
                        "applicant",
                        Map.of("name", "Lê Văn Tám", "phone", "0901234567")))
                .when()
                .post("/api/v1/dossiers")
                .then()
                .statusCode(201)
                .extract()
                .path("code");
        String prefix = "peak-" + p.code.toLowerCase() + "-";
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("""
                                insert into notification (dossier_id, channel, recipient, template, subject, body, status,
                                                          attempts, next_attempt_at, created_at)
                                select d.id, 'EMAIL', :prefix || g || '@example.vn', 'RECEIPT', 'Tiếp nhận hồ sơ',
                                       'Hồ sơ đã được tiếp nhận.', 'PENDING', 0, now() - interval '1 second', now()
                                from dossier d, generate_series(1, 250) g where d.code = :code""")
                        .setParameter("prefix", prefix)
                        .setParameter("code", code)
                        .executeUpdate());
        String pending =
                "select count(*) from notification where recipient like '" + prefix + "%' and status = 'PENDING'";
        assertEquals(250L, count(pending));
        Method send = NotificationService.class.getDeclaredMethod("sendDue");
        send.setAccessible(true);
        send.invoke(notifications);
        assertEquals(0L, count(pending), "the whole peak left in one tick");
        assertEquals(1, mailbox.getMailsSentTo(prefix + "250@example.vn").size());
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}

package vn.cchc.dossiers.service;

import java.time.OffsetDateTime;
import java.util.List;
import vn.cchc.dossiers.domain.Dossier;

/** Inputs of the dossier use cases (the REST layer maps its DTOs to these). */
public final class DossierCommands {

    private DossierCommands() {}

    public record Applicant(String name, String idNumber, String phone, String email, String address) {}

    public record Receive(
            String procedureCode,
            String receivingUnitCode,
            String decidingUnitCode,
            String channel,
            Applicant applicant,
            String content,
            List<Dossier.Component> components,
            OffsetDateTime receivedAt,
            String returnMethod,
            boolean registered,
            boolean digitised) {}

    /**
     * The body of an action; each action reads the fields it needs. {@code resultElectronic} (resolve): the result is
     * issued electronically (default: no, a paper result).
     */
    public record Act(
            String note,
            String reason,
            List<String> items,
            String stepName,
            String toUnitCode,
            String toUser,
            OffsetDateTime newDueAt,
            String signer,
            String method,
            Boolean resultElectronic) {}
}

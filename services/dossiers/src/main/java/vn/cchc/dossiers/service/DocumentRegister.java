package vn.cchc.dossiers.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Optional;
import vn.cchc.dossiers.domain.Dossier;
import vn.cchc.dossiers.domain.DossierBookEntry;
import vn.cchc.dossiers.domain.RegisterKind;
import vn.cchc.dossiers.domain.RegisterNumber;
import vn.cchc.dossiers.repository.DocumentRegisterRepository;

/**
 * The registers of numbered documents and the dossier book (docs/domain/forms.md §2, §3): one counter per issuing
 * unit, kind and year in {@code document_register}. A number is taken in the caller's transaction (the letter's):
 * the upsert locks the counter row until commit, so concurrent issuers of the same unit, kind and year wait for each
 * other and never share a number; a rolled-back transaction gives its number back. Unique constraints on the letters
 * and book entries make a duplicate impossible even if this were bypassed.
 */
@ApplicationScoped
public class DocumentRegister {

    private final EntityManager em;
    private final DocumentRegisterRepository counters;

    public DocumentRegister(EntityManager em, DocumentRegisterRepository counters) {
        this.em = em;
        this.counters = counters;
    }

    /** The next number of {@code kind} for {@code unitCode} in the (local) year of {@code at}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public RegisterNumber next(String unitCode, RegisterKind kind, OffsetDateTime at) {
        int year = DossierService.local(at).getYear();
        return new RegisterNumber(unitCode, kind, year, counters.next(unitCode, kind.series(), year));
    }

    /**
     * Enters a dossier just received in the book of its receiving point (volume = year of receipt) and gives its
     * Giấy tiếp nhận (Mẫu 01) its number; once per dossier.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public DossierBookEntry enter(Dossier d) {
        DossierBookEntry existing = em.find(DossierBookEntry.class, d.getId());
        if (existing != null) {
            return existing;
        }
        RegisterNumber receipt = next(d.getReceivingUnitCode(), RegisterKind.RECEIPT, d.getReceivedAt());
        RegisterNumber entry = next(d.getReceivingUnitCode(), RegisterKind.BOOK, d.getReceivedAt());
        DossierBookEntry e = new DossierBookEntry(d.getId(), entry, receipt);
        em.persist(e);
        return e;
    }

    /**
     * {@link #enter(Dossier)} for a dossier created in this transaction, with the Mẫu 01 number and the book line
     * already taken apart by {@link vn.cchc.dossiers.repository.IntakeNumbers} (the intake's numbers, issue 16). A
     * dossier this new has no entry yet, so none is looked up (one select less per intake); the entry's primary key,
     * the dossier's id, would refuse a second one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public DossierBookEntry enterNew(Dossier d, int receiptNo, int entryNo) {
        int year = DossierService.local(d.getReceivedAt()).getYear();
        DossierBookEntry e = new DossierBookEntry(
                d.getId(),
                new RegisterNumber(d.getReceivingUnitCode(), RegisterKind.BOOK, year, entryNo),
                new RegisterNumber(d.getReceivingUnitCode(), RegisterKind.RECEIPT, year, receiptNo));
        em.persist(e);
        return e;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<DossierBookEntry> entry(long dossierId) {
        return Optional.ofNullable(em.find(DossierBookEntry.class, dossierId));
    }
}

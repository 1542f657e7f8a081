package vn.cchc.procedures.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import vn.cchc.procedures.domain.PublicationDecision;

@ApplicationScoped
public class PublicationDecisionRepository implements PanacheRepository<PublicationDecision> {
}

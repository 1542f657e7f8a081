package vn.cchc.inspections.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import vn.cchc.inspections.domain.Attachment;

@ApplicationScoped
public class AttachmentRepository implements PanacheRepositoryBase<Attachment, UUID> {

    public long countOfOwner(Attachment.OwnerKind kind, String ownerId) {
        return count("ownerKind = ?1 and ownerId = ?2", kind, ownerId);
    }

    public List<Attachment> ofOwners(Attachment.OwnerKind kind, Collection<String> ownerIds) {
        if (ownerIds.isEmpty()) {
            return List.of();
        }
        return list("ownerKind = ?1 and ownerId in ?2 order by uploadedAt", kind, ownerIds);
    }
}

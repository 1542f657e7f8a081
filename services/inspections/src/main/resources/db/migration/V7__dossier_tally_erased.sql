-- DossierErased (docs/domain/dossier-erasure.md): the tally of an erased dossier stays as a tombstone, its marks
-- cleared and every count they held taken back; no event of the dossier, late or replayed, counts it again.
alter table dossier_tally add column erased_at timestamptz;

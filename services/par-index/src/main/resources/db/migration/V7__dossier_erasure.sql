-- DossierErased (docs/domain/dossier-erasure.md): the dossier fact is removed with its counts; this tombstone keeps
-- its code, so that no event of it, late or replayed in a rebuild, counts it again.
create table dossier_erased (
    code       varchar(80)  primary key,
    version    bigint       not null,
    erased_at  timestamptz  not null
);

-- A signed-in citizen lists the dossiers filed under their personal identification number (claim id_number).
create index dossier_applicant_id on dossier (applicant_id_number, received_at) where applicant_id_number is not null;

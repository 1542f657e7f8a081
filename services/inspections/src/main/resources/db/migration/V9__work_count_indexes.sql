-- Issue 17 §4: the inspector's work counts (GET /api/v1/inspections/work-counts) and the lists they link to read only
-- the open part of these tables.
-- remediation overdue (RemediationRepository.OVERDUE: status OPEN, deadline passed), listed by deadline, createdAt, id
create index remediation_open on remediation_item (deadline, created_at, id) where status = 'OPEN';
-- conclusions due / overdue (InspectionRepository.predicate: status ENDED, conclusion_due before today)
create index inspection_conclusion_owed on inspection (conclusion_due) where status = 'ENDED';

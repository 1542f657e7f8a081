-- Issue 17 §6: the inspection lists page on the server in a stable order; the indexes serve those orders so a page
-- does not sort every visible row.
-- GET /api/v1/inspections: order by scheduled_from, unit_code, id (InspectionRepository.visible)
create index inspection_list_order on inspection (scheduled_from, unit_code, id);
-- GET /plans: a province's plans, order by year desc, plan_date desc, id (PlanRepository.visible)
create index inspection_plan_list_order on inspection_plan (province_code, year desc, plan_date desc, id);

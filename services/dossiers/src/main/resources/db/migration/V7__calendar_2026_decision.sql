-- Issue 12 (docs/domain/calendar.md §5, §6): the default calendar now gives the day adjacent to Quốc khánh that makes
-- the longest break (02/9/2026 is a Wednesday → Thursday 03/9) and compensates Tết days on a weekend. A stored
-- decision replaces the default on each date it names, so the 2026 decision TB 9441/TB-BNV is stored as announced:
-- Tết Bính Ngọ Mon 16/02 – Fri 20/02, Quốc khánh 01/9 and 02/9 (the V2 swap Mon 31/8 ↔ Sat 22/8 stays), and Thursday
-- 03/9 is a working day (the default adjacent day, not taken that year). The days off of 2026 stay exactly as before.
insert into calendar_entry (province_code, day, kind, note, created_at, created_by) values
    ('VN', '2026-02-16', 'HOLIDAY', 'TB 9441/TB-BNV: Tết Âm lịch (29 tháng Chạp)', now(), 'migration'),
    ('VN', '2026-02-17', 'HOLIDAY', 'TB 9441/TB-BNV: Tết Âm lịch (mùng 1 tháng Giêng)', now(), 'migration'),
    ('VN', '2026-02-18', 'HOLIDAY', 'TB 9441/TB-BNV: Tết Âm lịch (mùng 2 tháng Giêng)', now(), 'migration'),
    ('VN', '2026-02-19', 'HOLIDAY', 'TB 9441/TB-BNV: Tết Âm lịch (mùng 3 tháng Giêng)', now(), 'migration'),
    ('VN', '2026-02-20', 'HOLIDAY', 'TB 9441/TB-BNV: Tết Âm lịch (mùng 4 tháng Giêng)', now(), 'migration'),
    ('VN', '2026-09-01', 'HOLIDAY', 'TB 9441/TB-BNV: Quốc khánh (ngày liền kề trước 2/9)', now(), 'migration'),
    ('VN', '2026-09-02', 'HOLIDAY', 'TB 9441/TB-BNV: Quốc khánh (2/9)', now(), 'migration'),
    ('VN', '2026-09-03', 'SWAPPED_WORKDAY', 'TB 9441/TB-BNV: ngày liền kề là 1/9, thứ Năm 3/9 làm việc', now(), 'migration')
on conflict (province_code, day) do nothing;

-- The year changed: forget that VN:2026 was announced, so CalendarEvents.publishUnpublished announces the whole year
-- again at start-up, with a sequence (the start-up time in epoch milliseconds) above the one consumers hold.
delete from calendar_year where province_code = 'VN' and year = 2026;

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18n from '../../i18n';
import { json, loggedIn, paged, problem, renderPage, routeFetch } from '../../test/render';
import InspectionsRoutes from './InspectionsRoutes';
import { API, calls, dashboardRow, inspection, INSPECTION_ID, plan, PLAN_ID, remediationItem } from './fixtures';
import { pickDate } from '../../test/dates';

const fetchMock = vi.fn<typeof fetch>();
beforeEach(async () => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  await i18n.changeLanguage('vi');
});
afterEach(() => vi.unstubAllGlobals());

const inspector = () => loggedIn('inspector', ['inspector'], 'H99.SNV');
const at = (path: string, auth = inspector()) =>
  renderPage(<InspectionsRoutes />, { path, route: '/kiem-tra/*', auth });
const sent = (method: string, path: string) =>
  calls(fetchMock).filter((c) => c.method === method && c.url.startsWith(path));

const groups = [
  {
    code: 'CHI_DAO_DIEU_HANH',
    nameVi: 'Công tác chỉ đạo, điều hành cải cách hành chính',
    nameEn: 'Direction',
    sortOrder: 1,
    items: [{ id: 1 }],
  },
  {
    code: 'TTHC_MOT_CUA',
    nameVi: 'Cải cách thủ tục hành chính và cơ chế một cửa, một cửa liên thông',
    nameEn: 'Procedures',
    sortOrder: 3,
    items: [],
  },
];

describe('InspectionsHomePage', () => {
  it("lists the inspector's plans by year (in the URL) and the inspections", async () => {
    routeFetch(fetchMock, {
      [`${API}/plans`]: () =>
        paged([
          {
            id: PLAN_ID,
            number: '12/KH-UBND',
            planDate: '2026-01-15',
            issuer: 'UBND tỉnh',
            year: 2026,
            provinceCode: 'H99',
            inspections: 3,
          },
        ]),
      [API]: (url) =>
        url.startsWith(`${API}?`) || url === API
          ? paged([inspection({ conclusionLate: true, conclusionDue: '2026-03-01' })])
          : problem(404, url),
    });
    at('/kiem-tra?year=2026');

    const plans = await screen.findByTestId('plans-table');
    await waitFor(() => expect(within(plans).getByTestId('plan-link').textContent).toBe('12/KH-UBND'));
    expect(within(plans).getByTestId('plan-link').getAttribute('href')).toBe(`/kiem-tra/ke-hoach/${PLAN_ID}`);
    expect(sent('GET', `${API}/plans`)[0].url).toBe(`${API}/plans?year=2026&page=0&size=20`);
    expect(sent('GET', `${API}?`)[0].url).toBe(`${API}?page=0&size=20`);
    expect(screen.getByTestId('plan-create')).toBeTruthy();

    const list = screen.getByTestId('inspections-table');
    await waitFor(() => expect(within(list).getByTestId('inspection-link').textContent).toBe('UBND xã Một'));
    expect(within(list).getByTestId('row-conclusion-late').textContent).toBe('Quá hạn ban hành thông báo kết luận');
    expect(within(list).getByTestId('row-status').textContent).toBe('Đang kiểm tra');
    expect((list.querySelector(`tr[data-row-key="${INSPECTION_ID}"]`) as HTMLElement).className).toContain(
      'dossier-row-overdue',
    );
  });

  it('pages the plans and the inspections on the server', async () => {
    const plans = Array.from({ length: 45 }, (_, i) => ({
      id: `plan-${i}`,
      number: `${i}/KH-UBND`,
      planDate: '2026-01-15',
      issuer: 'UBND tỉnh',
      year: 2026,
      provinceCode: 'H99',
      inspections: 1,
    }));
    const slice = <T,>(all: T[], url: string) => {
      const q = new URL(url, 'http://x').searchParams;
      const p = Number(q.get('page')),
        size = Number(q.get('size'));
      return json({ items: all.slice(p * size, p * size + size), page: p, size, total: all.length });
    };
    const visits = Array.from({ length: 25 }, (_, i) =>
      inspection({ id: `i-${i}`, unitName: `Xã số ${i}`, conclusionLate: false }),
    );
    routeFetch(fetchMock, {
      [`${API}/plans`]: (url) => slice(plans, url),
      [API]: (url) => slice(visits, url),
    });
    at('/kiem-tra');
    const table = await screen.findByTestId('plans-table');
    await waitFor(() => expect(within(table).getByText('0/KH-UBND')).toBeTruthy());
    expect(within(table).queryByText('20/KH-UBND')).toBeNull();
    const pager = (el: HTMLElement): HTMLElement => {
      let n: HTMLElement | null = el;
      while (n && !n.querySelector('.ant-pagination')) n = n.parentElement;
      return n ?? el;
    };
    expect(within(pager(table)).getByText('Tổng số 45 mục')).toBeTruthy();
    fireEvent.click(within(pager(table)).getByTitle('3'));
    await waitFor(() => expect(within(table).getByText('40/KH-UBND')).toBeTruthy());
    expect(sent('GET', `${API}/plans`).map((c) => c.url)).toContain(`${API}/plans?page=2&size=20`);

    const list = screen.getByTestId('inspections-table');
    await waitFor(() => expect(within(list).getByText('Xã số 0')).toBeTruthy());
    fireEvent.click(within(pager(list)).getByTitle('2'));
    await waitFor(() => expect(within(list).getByText('Xã số 24')).toBeTruthy());
    expect(sent('GET', `${API}?`).map((c) => c.url)).toContain(`${API}?page=1&size=20`);
  }, 60_000);

  it("reads the home page counts' filters from the URL: conclusions due or overdue, remediation overdue", async () => {
    routeFetch(fetchMock, {
      [`${API}/plans`]: () => paged([]),
      [`${API}/remediation`]: () =>
        paged([remediationItem({ overdue: true, unitName: 'UBND xã Một', deadline: '2026-06-01' })]),
      [API]: () => paged([inspection({ conclusionLate: true, status: 'ENDED' })]),
    });
    at('/kiem-tra?conclusion=OVERDUE&remediation=overdue');

    const list = await screen.findByTestId('inspections-table');
    await waitFor(() => expect(within(list).getByTestId('inspection-link')).toBeTruthy());
    expect(sent('GET', `${API}?`)[0].url).toBe(`${API}?conclusion=OVERDUE&page=0&size=20`);
    expect(screen.getByTestId('inspections-conclusion').textContent).toContain('Kết luận quá hạn');

    const overdue = await screen.findByTestId('remediation-overdue-list');
    expect(within(overdue).getByText('Yêu cầu khắc phục quá hạn')).toBeTruthy();
    await waitFor(() => expect(within(overdue).getAllByText('UBND xã Một').length).toBeGreaterThan(0));
    expect(sent('GET', `${API}/remediation`)[0].url).toBe(`${API}/remediation?overdue=true&page=0&size=20`);
    fireEvent.click(screen.getByTestId('remediation-overdue-list-close'));
    await waitFor(() => expect(screen.queryByTestId('remediation-overdue-list')).toBeNull());
    expect(screen.getByTestId('location').textContent).toBe('/kiem-tra?conclusion=OVERDUE');
  });

  it('ignores a conclusion filter the server does not know', async () => {
    routeFetch(fetchMock, { [`${API}/plans`]: () => paged([]), [API]: () => paged([]) });
    at('/kiem-tra?conclusion=LATE');
    await screen.findByTestId('inspections-table');
    await waitFor(() => expect(sent('GET', `${API}?`)).toHaveLength(1));
    expect(sent('GET', `${API}?`)[0].url).toBe(`${API}?page=0&size=20`);
    expect(calls(fetchMock).some((c) => c.url.includes('/remediation'))).toBe(false);
  });

  it('shows the leader only the inspections of the unit (no plans, no create button)', async () => {
    routeFetch(fetchMock, { [API]: () => paged([inspection({ status: 'PLANNED' })]) });
    at('/kiem-tra', loggedIn('leader', ['leader'], 'H99.X01'));

    const list = await screen.findByTestId('inspections-table');
    await waitFor(() => expect(within(list).getByTestId('inspection-link')).toBeTruthy());
    expect(screen.getByText('Cuộc kiểm tra tại đơn vị')).toBeTruthy();
    expect(screen.queryByTestId('plans-table')).toBeNull();
    expect(screen.queryByTestId('plan-create')).toBeNull();
    expect(calls(fetchMock).some((c) => c.url.includes('/plans'))).toBe(false);
  });

  it('shows a 403 problem from the API and forbids the page to other roles', async () => {
    routeFetch(fetchMock, {
      [`${API}/plans`]: () => problem(403, 'Forbidden', { detail: 'inspector of another province' }),
      [API]: () => paged([]),
    });
    const { unmount } = at('/kiem-tra');
    expect((await screen.findByTestId('api-error')).textContent).toContain('inspector of another province');
    unmount();

    at('/kiem-tra', loggedIn('officer', ['officer'], 'H99.X01'));
    expect(await screen.findByTestId('forbidden')).toBeTruthy();
  });
});

describe('PlanEditorPage', () => {
  it('creates a plan with groups, team and an inspected unit; 400 violations go on the fields', async () => {
    let attempts = 0;
    routeFetch(fetchMock, {
      [`${API}/content-groups`]: () => json(groups),
      ['/api/v1/procedures/units']: () => json({ items: [], page: 0, size: 200, total: 0 }),
      [`${API}/plans`]: () => {
        attempts++;
        if (attempts === 1) {
          return problem(400, 'Bad Request', {
            violations: [
              {
                field: 'inspections[0].unitCode',
                rule: 'knownUnit',
                message: 'unit H99.X99 is not a unit of province H99',
              },
            ],
          });
        }
        return json(plan(), 201);
      },
      [`${API}/plans/${PLAN_ID}`]: () => json(plan()),
      [`${API}/team-candidates`]: (url) =>
        json({
          items: new URL(url, 'http://x').searchParams.get('q')
            ? [{ username: 'inspector', name: 'Nguyễn Văn Trưởng', unitCode: 'H99.SNV', unitName: 'Sở Nội vụ' }]
            : [],
          page: 0,
          size: 20,
          total: 1,
        }),
    });
    at('/kiem-tra/ke-hoach/moi');

    const form = await screen.findByTestId('plan-form');
    fireEvent.change(within(form).getByTestId('plan-number'), { target: { value: '12/KH-UBND' } });
    pickDate(within(form).getByTestId('plan-date'), '15/01/2026');
    fireEvent.change(within(form).getByTestId('plan-issuer'), { target: { value: 'UBND tỉnh' } });
    fireEvent.change(within(form).getByTestId('plan-scope'), { target: { value: 'Kiểm tra công tác CCHC năm 2026' } });
    const year = within(form).getByTestId('plan-year').querySelector('input') ?? within(form).getByTestId('plan-year');
    fireEvent.change(year, { target: { value: '2026' } });
    // the groups of the plan's date are loaded before one is ticked
    await waitFor(() => expect(sent('GET', `${API}/content-groups?date=2026-01-15`)).toHaveLength(1));
    fireEvent.click(await within(form).findByText('Cải cách thủ tục hành chính và cơ chế một cửa, một cửa liên thông'));
    await waitFor(() =>
      expect(
        (
          within(form).getByRole('checkbox', {
            name: /Cải cách thủ tục hành chính và cơ chế một cửa/,
          }) as HTMLInputElement
        ).checked,
      ).toBe(true),
    );
    // the member is picked from the directory (searched on the server): name and agency are filled in
    const picker = within(within(form).getByTestId('member-username')).getByRole('combobox');
    fireEvent.mouseDown(picker);
    fireEvent.change(picker, { target: { value: 'nguyen truong' } });
    await waitFor(() =>
      expect(sent('GET', `${API}/team-candidates`).map((c) => c.url)).toContain(
        `${API}/team-candidates?q=nguyen+truong&size=20`,
      ),
    );
    fireEvent.click(await screen.findByTitle('Nguyễn Văn Trưởng (inspector) — Sở Nội vụ'));
    await waitFor(() =>
      expect((within(form).getByTestId('member-name') as HTMLInputElement).value).toBe('Nguyễn Văn Trưởng'),
    );
    expect((within(form).getByTestId('member-agency') as HTMLInputElement).value).toBe('Sở Nội vụ');
    const unit = within(form).getByTestId('unit-code').querySelector('input') ?? within(form).getByTestId('unit-code');
    fireEvent.change(unit, { target: { value: 'H99.X99' } });
    pickDate(within(form).getByTestId('scheduled-from'), '10/03/2026');
    pickDate(within(form).getByTestId('scheduled-to'), '12/03/2026');
    fireEvent.click(within(form).getByTestId('plan-submit'));

    await waitFor(() => expect(sent('POST', `${API}/plans`)).toHaveLength(1));
    expect(sent('POST', `${API}/plans`)[0].body).toEqual({
      number: '12/KH-UBND',
      planDate: '2026-01-15',
      issuer: 'UBND tỉnh',
      year: 2026,
      scope: 'Kiểm tra công tác CCHC năm 2026',
      contentGroups: ['TTHC_MOT_CUA'],
      team: [{ name: 'Nguyễn Văn Trưởng', agency: 'Sở Nội vụ', role: 'LEADER', username: 'inspector' }],
      inspections: [
        {
          unitCode: 'H99.X99',
          scheduledFrom: '2026-03-10',
          scheduledTo: '2026-03-12',
          periodFrom: null,
          periodTo: null,
        },
      ],
    });
    expect(await within(form).findByText('unit H99.X99 is not a unit of province H99')).toBeTruthy();
    expect(screen.getByTestId('api-error')).toBeTruthy();

    fireEvent.change(unit, { target: { value: 'H99.X01' } });
    fireEvent.click(within(form).getByTestId('plan-submit'));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe(`/kiem-tra/ke-hoach/${PLAN_ID}`));
    expect(
      (sent('POST', `${API}/plans`)[1].body as { inspections: { unitCode: string }[] }).inspections[0].unitCode,
    ).toBe('H99.X01');
  });
});

describe('PlanPage', () => {
  it('shows progress per unit with overdue remediation in red, and the plan tracker with overdue only', async () => {
    const ok = dashboardRow({
      inspectionId: 'i-2',
      unitCode: 'H99.X02',
      unitName: 'UBND xã Hai',
      remediationOverdue: 0,
      remediationCompleted: 4,
      status: 'CONCLUDED',
      conclusionLate: false,
    });
    routeFetch(fetchMock, {
      [`${API}/plans/${PLAN_ID}`]: () => json(plan()),
      [`${API}/plans/${PLAN_ID}/dashboard`]: () =>
        json({ planId: PLAN_ID, number: '12/KH-UBND', year: 2026, units: [dashboardRow(), ok] }),
      [`${API}/plans/${PLAN_ID}/remediation`]: (url) =>
        paged(
          url.includes('overdue=true')
            ? [remediationItem({ overdue: true })]
            : [remediationItem({ overdue: true }), remediationItem({ id: 'r-2', status: 'COMPLETED' })],
        ),
      [`${API}/content-groups`]: () => json(groups),
    });
    at(`/kiem-tra/ke-hoach/${PLAN_ID}`);

    expect((await screen.findByTestId('plan-number-title')).textContent).toBe('12/KH-UBND');
    const groupsView = screen.getByTestId('plan-groups-view');
    await waitFor(() =>
      expect(
        within(groupsView).getByText('Cải cách thủ tục hành chính và cơ chế một cửa, một cửa liên thông'),
      ).toBeTruthy(),
    );

    const dash = screen.getByTestId('plan-dashboard');
    const late = await waitFor(() => {
      const r = dash.querySelector('tr[data-unit="H99.X01"]') as HTMLElement;
      expect(r).toBeTruthy();
      return r;
    });
    expect(late.className).toContain('dossier-row-overdue');
    expect(within(late).getByTestId('dashboard-overdue').textContent).toBe('1 quá hạn');
    expect(within(late).getByTestId('dashboard-remediation').textContent).toContain('1/4 hoàn thành');
    expect(within(late).getByTestId('dashboard-findings').textContent).toBe('3 ưu điểm2 tồn tại');
    expect(within(late).getByTestId('dashboard-self-report').textContent).toBe('Đã nộp');
    const fine = dash.querySelector('tr[data-unit="H99.X02"]') as HTMLElement;
    expect(fine.className).not.toContain('dossier-row-overdue');
    expect(within(fine).queryByTestId('dashboard-overdue')).toBeNull();
    expect(screen.getByTestId('plan-edit')).toBeTruthy();

    fireEvent.click(screen.getByText('Theo dõi khắc phục'));
    const table = await screen.findByTestId('remediation-table');
    await waitFor(() => expect(table.querySelectorAll('tbody tr[data-row-key]')).toHaveLength(2));
    expect((table.querySelector('tr[data-row-key="r-1"]') as HTMLElement).className).toContain('dossier-row-overdue');
    expect((table.querySelector('tr[data-row-key="r-2"]') as HTMLElement).className).not.toContain(
      'dossier-row-overdue',
    );
    expect(sent('GET', `${API}/plans/${PLAN_ID}/remediation`)[0].url).toBe(`${API}/plans/${PLAN_ID}/remediation`);
    fireEvent.click(screen.getByTestId('remediation-overdue-only'));
    await waitFor(() => expect(sent('GET', `${API}/plans/${PLAN_ID}/remediation?overdue=true`)).toHaveLength(1));
    await waitFor(() =>
      expect(screen.getByTestId('remediation-table').querySelectorAll('tbody tr[data-row-key]')).toHaveLength(1),
    );
  });

  it('searches team members on the server once typing pauses, and says when the directory is down', async () => {
    let down = false;
    routeFetch(fetchMock, {
      [`${API}/plans/${PLAN_ID}`]: () => json(plan()),
      [`${API}/team-candidates`]: (url) =>
        down
          ? problem(503, 'Dịch vụ tạm thời không sẵn sàng')
          : new URL(url, 'http://x').searchParams.get('q')
            ? json({
                items: [{ username: 'tvb', name: 'Trần Văn Bình', unitCode: 'H99.X01', unitName: 'Xã An Phú' }],
                page: 0,
                size: 20,
                total: 1,
              })
            : json({ items: [], page: 0, size: 20, total: 0 }),
      [`${API}/content-groups`]: () => json(groups),
      ['/api/v1/procedures/units']: () => json({ items: [], page: 0, size: 200, total: 0 }),
    });
    at(`/kiem-tra/ke-hoach/${PLAN_ID}?tab=team`);
    fireEvent.click(await screen.findByTestId('team-edit'));
    const form = await screen.findByTestId('team-form');
    fireEvent.click(within(form).getByTestId('member-add'));
    await waitFor(() => expect(within(form).getAllByTestId('member-username')).toHaveLength(2));
    const picker = within(within(form).getAllByTestId('member-username')[1]).getByRole('combobox');
    fireEvent.mouseDown(picker);
    for (const text of ['t', 'tr', 'tra', 'tran b']) fireEvent.change(picker, { target: { value: text } });
    fireEvent.click(await screen.findByTitle('Trần Văn Bình (tvb) — Xã An Phú'));
    // one search for what was typed last, none for the keys in between
    const searched = sent('GET', `${API}/team-candidates`).map((c) => new URL(c.url, 'http://x').searchParams.get('q'));
    expect(searched.filter((q) => q)).toEqual(['tran b']);
    const names = within(form).getAllByTestId('member-name') as HTMLInputElement[];
    await waitFor(() => expect(names[1].value).toBe('Trần Văn Bình'));
    expect((within(form).getAllByTestId('member-agency')[1] as HTMLInputElement).value).toBe('Xã An Phú');
    fireEvent.click(within(form).getByTestId('team-save'));
    await waitFor(() => expect(sent('PUT', `${API}/plans/${PLAN_ID}/team`)).toHaveLength(1));
    expect(sent('PUT', `${API}/plans/${PLAN_ID}/team`)[0].body).toEqual([
      { name: 'Nguyễn Văn Trưởng', agency: 'Sở Nội vụ', role: 'LEADER', username: 'inspector' },
      { name: 'Trần Văn Bình', agency: 'Xã An Phú', role: 'MEMBER', username: 'tvb' },
    ]);

    // the directory does not answer: the picker says so (the name is still typed by hand)
    down = true;
    fireEvent.click(await screen.findByTestId('team-edit'));
    const again = await screen.findByTestId('team-form');
    const first = within(within(again).getAllByTestId('member-username')[0]).getByRole('combobox');
    fireEvent.mouseDown(first);
    fireEvent.change(first, { target: { value: 'le' } });
    expect((await screen.findByTestId('member-picker-error')).textContent).toContain('Danh bạ người dùng');
  }, 60_000);

  it('replaces the team and adds an inspected unit; a 409 is shown', async () => {
    routeFetch(fetchMock, {
      [`${API}/plans/${PLAN_ID}`]: () => json(plan()),
      [`${API}/plans/${PLAN_ID}/team`]: () => json(plan()),
      [`${API}/plans/${PLAN_ID}/inspections`]: () =>
        problem(409, 'Conflict', { detail: 'unit H99.X01 is already inspected in this plan' }),
      [`${API}/content-groups`]: () => json(groups),
      ['/api/v1/procedures/units']: () => json({ items: [], page: 0, size: 200, total: 0 }),
    });
    at(`/kiem-tra/ke-hoach/${PLAN_ID}?tab=team`);

    fireEvent.click(await screen.findByTestId('team-edit'));
    const form = await screen.findByTestId('team-form');
    fireEvent.click(within(form).getByTestId('member-add'));
    const names = await within(form).findAllByTestId('member-name');
    fireEvent.change(names[1], { target: { value: 'Trần Thị Thư Ký' } });
    fireEvent.click(within(form).getByTestId('team-save'));
    await waitFor(() => expect(sent('PUT', `${API}/plans/${PLAN_ID}/team`)).toHaveLength(1));
    expect(sent('PUT', `${API}/plans/${PLAN_ID}/team`)[0].body).toEqual([
      { name: 'Nguyễn Văn Trưởng', agency: 'Sở Nội vụ', role: 'LEADER', username: 'inspector' },
      { name: 'Trần Thị Thư Ký', agency: null, role: 'MEMBER', username: null },
    ]);

    fireEvent.click(screen.getByText('Đơn vị được kiểm tra'));
    const add = await screen.findByTestId('add-unit-form');
    const unit = within(add).getByTestId('unit-code').querySelector('input') ?? within(add).getByTestId('unit-code');
    fireEvent.change(unit, { target: { value: 'H99.X01' } });
    pickDate(within(add).getByTestId('scheduled-from'), '04/05/2026');
    pickDate(within(add).getByTestId('scheduled-to'), '05/05/2026');
    pickDate(within(add).getByTestId('period-from'), '01/01/2026');
    fireEvent.click(within(add).getByTestId('add-unit-submit'));
    await waitFor(() => expect(sent('POST', `${API}/plans/${PLAN_ID}/inspections`)).toHaveLength(1));
    expect(sent('POST', `${API}/plans/${PLAN_ID}/inspections`)[0].body).toEqual({
      unitCode: 'H99.X01',
      scheduledFrom: '2026-05-04',
      scheduledTo: '2026-05-05',
      periodFrom: '2026-01-01',
      periodTo: null,
    });
    expect((await within(add).findByTestId('api-error')).textContent).toContain('already inspected in this plan');
  });
});

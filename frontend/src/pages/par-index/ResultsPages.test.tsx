import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18n from '../../i18n';
import type { Ranking, ServiceIndexView } from '../../api/parIndex';
import { json, loggedIn, problem, renderPage, routeFetch } from '../../test/render';
import ParIndexRoutes from './ParIndexRoutes';
import { A_ID, detail } from './fixtures';

const API = '/api/v1/par-index';
const fetchMock = vi.fn<typeof fetch>();
const realCreate = URL.createObjectURL;
beforeEach(async () => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  URL.createObjectURL = vi.fn(() => 'blob:x');
  await i18n.changeLanguage('vi');
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  URL.createObjectURL = realCreate;
});

const render = (path: string, roles = ['leader'], unit = 'H99.X01') =>
  renderPage(<ParIndexRoutes />, { path, route: '/chi-so/*', auth: loggedIn(roles[0], roles, unit) });

const ranking: Ranking = {
  year: 2025,
  level: 'COMMUNE',
  includesUnpublished: false,
  groups: [
    { group: 'A', label: '≥ 90 %', units: 1 },
    { group: 'B', label: '80 – < 90 %', units: 1 },
    { group: 'C', label: '< 80 %', units: 1 },
  ],
  rows: [
    {
      rank: 1,
      assessmentId: 51,
      unitCode: 'H99.X02',
      unitName: 'UBND xã Hai',
      status: 'PUBLISHED',
      totalPoints: 92.5,
      maxPoints: 100,
      percent: 92.5,
      rankGroup: 'A',
      previousYear: 2024,
      previousPercent: 88,
      change: 4.5,
    },
    {
      rank: 2,
      assessmentId: A_ID,
      unitCode: 'H99.X01',
      unitName: 'UBND xã Một',
      status: 'PUBLISHED',
      totalPoints: 85.87,
      maxPoints: 100,
      percent: 85.87,
      rankGroup: 'B',
      previousYear: 2024,
      previousPercent: 90,
      change: -4.13,
    },
    {
      rank: 3,
      assessmentId: 53,
      unitCode: 'H99.X03',
      unitName: 'UBND xã Ba',
      status: 'PUBLISHED',
      totalPoints: 70,
      maxPoints: 100,
      percent: 70,
      rankGroup: 'C',
    },
  ],
};

describe('RankingPage', () => {
  it('ranks per year and level with groups, previous year and chart, and exports to Excel', async () => {
    const asked: string[] = [];
    routeFetch(fetchMock, {
      [`${API}/rankings/export`]: (url) => {
        asked.push(url);
        return new Response(new Uint8Array([80, 75]), { headers: { 'content-type': 'application/octet-stream' } });
      },
      [`${API}/rankings`]: (url) => {
        asked.push(url);
        return json(ranking);
      },
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render('/chi-so/xep-hang?year=2025&level=COMMUNE');
    const table = await screen.findByTestId('ranking-table');
    await waitFor(() => expect(within(table).getAllByTestId('ranking-unit')).toHaveLength(3));
    expect(asked[0]).toBe(`${API}/rankings?year=2025&level=COMMUNE`);
    const r2 = table.querySelector(`tr[data-row-key="${A_ID}"]`)!;
    expect(within(r2 as HTMLElement).getByTestId('ranking-percent').textContent).toBe('85,87%');
    expect(within(r2 as HTMLElement).getByTestId('rank-group').textContent).toBe('Nhóm B (80% – < 90%)');
    expect(within(r2 as HTMLElement).getByTestId('ranking-change').textContent).toBe('−4,13');
    expect(r2.textContent).toContain('90%');
    expect(
      within(r2 as HTMLElement)
        .getByTestId('ranking-unit')
        .getAttribute('href'),
    ).toBe(`/chi-so/danh-gia/${A_ID}/ket-qua`);
    const groups = screen.getByTestId('ranking-groups');
    expect(groups.querySelector('[data-group="A"]')!.textContent).toContain('1 đơn vị');
    const chart = screen.getByTestId('ranking-chart');
    expect([...chart.querySelectorAll('li')].map((li) => li.getAttribute('data-percent'))).toEqual([
      '92.5',
      '85.87',
      '70',
    ]);

    fireEvent.click(screen.getByTestId('ranking-export'));
    await waitFor(() => expect(click).toHaveBeenCalled());
    expect(asked[1]).toBe(`${API}/rankings/export?year=2025&level=COMMUNE`);
  });

  it('reports an error answer', async () => {
    routeFetch(fetchMock, {
      [`${API}/rankings`]: () => problem(400, 'Bad Request', { detail: 'level must not be blank' }),
    });
    render('/chi-so/xep-hang?year=2025&level=COMMUNE');
    expect((await screen.findByTestId('api-error')).textContent).toContain('level must not be blank');
  });
});

describe('AssessmentResultPage', () => {
  it('shows points and percentage per field and total, and the earlier years', async () => {
    routeFetch(fetchMock, {
      [`${API}/assessments/${A_ID}/result`]: () =>
        json({
          assessmentId: A_ID,
          unitCode: 'H99.X01',
          unitName: 'UBND xã Một',
          year: 2025,
          level: 'COMMUNE',
          status: 'PUBLISHED',
          finalResult: true,
          totalPoints: 12.88,
          maxPoints: 15,
          percent: 85.87,
          rankGroup: 'B',
          fields: [
            { code: '1', name: 'Công tác chỉ đạo, điều hành CCHC', points: 8.5, maxPoints: 10, percent: 85 },
            { code: '2', name: 'Cải cách thủ tục hành chính', points: 4.38, maxPoints: 5, percent: 87.6 },
          ],
        }),
      [`${API}/results/units/H99.X01/history`]: () =>
        json([
          {
            year: 2024,
            assessmentId: 30,
            status: 'PUBLISHED',
            totalPoints: 13.5,
            maxPoints: 15,
            percent: 90,
            rankGroup: 'A',
            changeFromPreviousYear: null,
          },
          {
            year: 2025,
            assessmentId: A_ID,
            status: 'PUBLISHED',
            totalPoints: 12.88,
            maxPoints: 15,
            percent: 85.87,
            rankGroup: 'B',
            changeFromPreviousYear: -4.13,
          },
        ]),
    });
    render(`/chi-so/danh-gia/${A_ID}/ket-qua`);
    const fields = await screen.findByTestId('result-fields');
    expect(fields.querySelector('tr[data-row-key="2"]')!.textContent).toContain('87,6%');
    expect(screen.getByTestId('result-total').textContent).toContain('12,88');
    expect(screen.getByTestId('result-total').textContent).toContain('85,87%');
    expect(screen.queryByTestId('result-provisional')).toBeNull();
    const history = screen.getByTestId('result-history');
    await waitFor(() => expect(history.querySelector('tr[data-row-key="2025"]')?.textContent).toContain('−4,13'));
  });
});

const index: ServiceIndexView = {
  unitCode: 'H99.X01',
  unitName: 'UBND xã Một',
  period: '2026-05',
  points: 17.5,
  computableMax: 20,
  maxPoints: 100,
  computedAt: '2026-05-20T03:15:00Z',
  groups: [
    {
      id: '2',
      name: 'Tiến độ giải quyết',
      maxPoints: 20,
      computablePoints: 17.5,
      computableMax: 20,
      indicators: [
        {
          id: '2.1',
          name: 'Hồ sơ xử lý trước hạn, đúng hạn',
          state: 'COMPUTED',
          numerator: 35,
          denominator: 40,
          ratio: 0.875,
          maxPoints: 20,
          points: 17.5,
          rule: '20 × tỷ lệ',
        },
        {
          id: '2.2',
          name: 'Thời gian giải quyết trung bình',
          state: 'NOT_COMPUTABLE',
          maxPoints: 0,
          rule: 'not computable: unscored in the captured maxima',
        },
      ],
    },
  ],
};

describe('ServiceIndexPage', () => {
  it('shows groups and indicators with numerator, denominator and points, marks NOT_COMPUTABLE, and switches period', async () => {
    const asked: string[] = [];
    routeFetch(fetchMock, {
      '/api/v1/procedures/units': () => json({ items: [], page: 0, size: 100, total: 0 }),
      [`${API}/service-index/H99.X01/trend`]: (url) => {
        asked.push(url);
        return json(
          Array.from({ length: 12 }, (_, i) => ({
            period: `2026-${String(i + 1).padStart(2, '0')}`,
            points: i < 5 ? 15 + i : null,
            computableMax: i < 5 ? 20 : 0,
            ratio21: i < 5 ? 0.8 : null,
            ratio54: null,
          })),
        );
      },
      [`${API}/service-index/H99.X01`]: (url) => {
        asked.push(url);
        return json(index);
      },
    });
    render('/chi-so/chi-so-phuc-vu?unit=H99.X01&period=2026-05');
    const group = await screen.findByTestId('si-group');
    expect(asked).toContain(`${API}/service-index/H99.X01?period=2026-05`);
    expect(asked).toContain(`${API}/service-index/H99.X01/trend?year=2026`);
    const computed = group.querySelector('tr[data-row-key="2.1"]')!;
    expect(computed.getAttribute('data-state')).toBe('COMPUTED');
    expect(computed.textContent).toContain('35');
    expect(computed.textContent).toContain('40');
    expect(computed.textContent).toContain('87,5%');
    expect(within(computed as HTMLElement).getByTestId('si-points').textContent).toBe('17,5/20');
    const nc = group.querySelector('tr[data-row-key="2.2"]')!;
    expect(nc.getAttribute('data-state')).toBe('NOT_COMPUTABLE');
    expect(within(nc as HTMLElement).getByTestId('si-state').textContent).toBe('Không tính được');
    expect(screen.getByTestId('si-group-points').textContent).toBe('17,5/20 (tối đa 20)');
    expect(screen.getByTestId('si-source').textContent).toContain('do dịch vụ hồ sơ tính theo QĐ 766');
    expect(screen.getByTestId('si-source').textContent).toContain('10:15');
    expect(screen.queryByTestId('si-none')).toBeNull();
    const trend = screen.getByTestId('si-trend');
    await waitFor(() => expect(trend.querySelectorAll('[data-testid="trend-point"]')).toHaveLength(12));
    expect(trend.querySelector('[data-key="2026-01"]')!.getAttribute('data-value')).toBe('75');
    expect(trend.querySelector('[data-key="2026-12"]')!.getAttribute('data-value')).toBe('');

    fireEvent.click(within(screen.getByTestId('si-kind')).getByText('Quý'));
    await waitFor(() =>
      expect(screen.getByTestId('location').textContent).toBe('/chi-so/chi-so-phuc-vu?unit=H99.X01&period=2026-Q1'),
    );
    await waitFor(() => expect(asked).toContain(`${API}/service-index/H99.X01?period=2026-Q1`));
  });

  it('says so when the dossiers service has published no figures for the unit and period', async () => {
    routeFetch(fetchMock, {
      '/api/v1/procedures/units': () => json({ items: [], page: 0, size: 100, total: 0 }),
      [`${API}/service-index/H99.X01/trend`]: () => json([]),
      [`${API}/service-index/H99.X01`]: () =>
        json({
          unitCode: 'H99.X01',
          unitName: 'UBND xã Một',
          period: '2026-05',
          points: null,
          computableMax: null,
          maxPoints: 100,
          computedAt: null,
          groups: [],
        }),
    });
    render('/chi-so/chi-so-phuc-vu?unit=H99.X01&period=2026-05');
    expect((await screen.findByTestId('si-none')).textContent).toContain('chưa công bố số liệu QĐ 766');
    expect(screen.queryByTestId('si-group')).toBeNull();
  });

  it('shows a 404 for a unit the user may not see', async () => {
    routeFetch(fetchMock, {
      '/api/v1/procedures/units': () => json({ items: [], page: 0, size: 100, total: 0 }),
      [`${API}/service-index/`]: () => problem(404, 'Not Found', { detail: 'No unit H99.X09.' }),
    });
    render('/chi-so/chi-so-phuc-vu?unit=H99.X09&period=2026');
    await waitFor(() => expect(screen.getAllByTestId('api-error').length).toBeGreaterThan(0));
    expect(screen.getAllByTestId('api-error')[0].textContent).toContain('No unit H99.X09.');
  });
});

describe('AssessmentsPage', () => {
  it('lists assessments with links by role, and a leader starts the own unit against an active set', async () => {
    const posted: unknown[] = [];
    routeFetch(fetchMock, {
      [`${API}/criteria-sets`]: () =>
        json({
          items: [
            {
              id: 3,
              code: 'PAR-XA-2025',
              name: 'Bộ chỉ số cấp xã',
              year: 2025,
              level: 'COMMUNE',
              province: 'H99',
              maxPoints: 100,
              status: 'ACTIVE',
              sample: true,
            },
            {
              id: 4,
              code: 'PAR-XA-2026',
              name: 'Dự thảo',
              year: 2026,
              level: 'COMMUNE',
              province: 'H99',
              maxPoints: 100,
              status: 'DRAFT',
              sample: false,
            },
          ],
          page: 0,
          size: 100,
          total: 2,
        }),
      [`${API}/assessments/77`]: () => json({ ...detail(), assessment: { ...detail().assessment, id: 77 } }),
      [`${API}/assessments`]: (_url, init) => {
        if (init?.method === 'POST') {
          posted.push(JSON.parse(String(init.body)));
          return json({ ...detail(), assessment: { ...detail().assessment, id: 77 } }, 201);
        }
        return json({ items: [{ ...detail('SUBMITTED', []).assessment }], page: 0, size: 50, total: 1 });
      },
    });
    render('/chi-so');
    const table = await screen.findByTestId('assessments-table');
    await waitFor(() => expect(within(table).getByTestId('assessment-status').textContent).toBe('Đã gửi thẩm định'));
    expect(within(table).getByTestId('open-self').getAttribute('href')).toBe(`/chi-so/danh-gia/${A_ID}`);
    expect(within(table).getByTestId('open-appraisal').getAttribute('href')).toBe(`/chi-so/danh-gia/${A_ID}/tham-dinh`);

    fireEvent.click(screen.getByTestId('assessment-start'));
    const select = await screen.findByTestId('start-set');
    expect((screen.getByTestId('start-unit') as HTMLInputElement).value).toBe('H99.X01');
    fireEvent.mouseDown(select.querySelector('.ant-select-selector') ?? select);
    fireEvent.click(await screen.findByText('2025 · PAR-XA-2025 – Bộ chỉ số cấp xã'));
    expect(screen.queryByText('2026 · PAR-XA-2026 – Dự thảo')).toBeNull(); // drafts are not offered
    fireEvent.click(screen.getByTestId('assessment-start-confirm'));
    await waitFor(() => expect(posted).toEqual([{ criteriaSetId: 3, unitCode: 'H99.X01' }]));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/chi-so/danh-gia/77'));
  });

  it('appraisers cannot start one', async () => {
    routeFetch(fetchMock, { [`${API}/assessments`]: () => json({ items: [], page: 0, size: 50, total: 0 }) });
    render('/chi-so', ['appraiser'], 'H99.SNV');
    await screen.findByTestId('assessments-table');
    expect(screen.queryByTestId('assessment-start')).toBeNull();
  });
});

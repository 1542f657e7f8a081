import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18n from '../../i18n';
import { parseSurveyRows, surveyViolationRow, type SurveyRow } from '../../api/parIndex';
import { json, loggedIn, problem, renderPage, routeFetch } from '../../test/render';
import ParIndexRoutes from './ParIndexRoutes';
import { surveyParams } from './SurveysPage';

const API = '/api/v1/par-index';
const fetchMock = vi.fn<typeof fetch>();
beforeEach(async () => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  await i18n.changeLanguage('vi');
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const render = (path: string, roles = ['appraiser'], unit = 'H99.SNV') =>
  renderPage(<ParIndexRoutes />, { path, route: '/chi-so/*', auth: loggedIn(roles[0], roles, unit) });

/** The calls made: method, URL, content type and body (JSON parsed, text/Blob as is). */
function sent() {
  return fetchMock.mock.calls.map(([u, init]) => {
    const i = (init ?? {}) as RequestInit;
    const headers = (i.headers ?? {}) as Record<string, string>;
    const type = headers['Content-Type'];
    const body = typeof i.body === 'string' && type === 'application/json' ? JSON.parse(i.body) : i.body;
    return { method: i.method ?? 'GET', url: String(u), type, body };
  });
}
const posts = () => sent().filter((c) => c.method === 'POST');

const rows: SurveyRow[] = [
  {
    year: 2025,
    unitCode: 'H99.X01',
    key: 'SIPAS.TOTAL',
    value: 85.5,
    respondents: 320,
    source: 'SIPAS 2025',
    importedAt: '2026-02-10T03:00:00Z',
  },
  {
    year: 2025,
    unitCode: 'H99.X02',
    key: 'SIPAS.TOTAL',
    value: 78,
    respondents: null,
    source: null,
    importedAt: '2026-02-10T03:00:00Z',
  },
];

describe('survey helpers', () => {
  it('parses pasted rows (tabs, decimal comma, header skipped, text left for the server)', () => {
    expect(
      parseSurveyRows(
        'unitCode\tkey\tvalue\trespondents\tsource\nH99.X01\tSIPAS.TOTAL\t85,5\t320\tSIPAS 2025\n\nH99.X02\tSIPAS.TOTAL\tabc\t\t',
      ),
    ).toEqual([
      { unitCode: 'H99.X01', key: 'SIPAS.TOTAL', value: 85.5, respondents: 320, source: 'SIPAS 2025' },
      { unitCode: 'H99.X02', key: 'SIPAS.TOTAL', value: 'abc' },
    ]);
    expect(parseSurveyRows('H99.X01,SIPAS.A,90')).toEqual([{ unitCode: 'H99.X01', key: 'SIPAS.A', value: 90 }]);
    expect(parseSurveyRows('H99.X01;SIPAS.A;90,25;10')).toEqual([
      { unitCode: 'H99.X01', key: 'SIPAS.A', value: 90.25, respondents: 10 },
    ]);
    expect(parseSurveyRows('  \n')).toEqual([]);
  });

  it('reads the row of a violation, and the year from the URL (default last year)', () => {
    expect(surveyViolationRow('rows[3].value')).toEqual({ row: 3, field: 'value' });
    expect(surveyViolationRow('importSurvey.rows[0].unitCode')).toEqual({ row: 0, field: 'unitCode' });
    expect(surveyViolationRow('rows')).toBeUndefined();
    expect(surveyViolationRow('body')).toBeUndefined();
    expect(surveyParams(new URLSearchParams(''), new Date(2026, 4, 1))).toEqual({ year: 2025, unitCode: undefined });
    expect(surveyParams(new URLSearchParams('year=2024&unitCode=H99.X01'))).toEqual({
      year: 2024,
      unitCode: 'H99.X01',
    });
  });
});

describe('SurveysPage', () => {
  it('lists the values of a year, filters by unit (in the URL and the request)', async () => {
    routeFetch(fetchMock, {
      [`${API}/surveys`]: (url) => json(url.includes('unitCode=H99.X01') ? [rows[0]] : rows),
    });
    render('/chi-so/khao-sat?year=2025');
    const table = await screen.findByTestId('surveys-table');
    await waitFor(() => expect(within(table).getAllByTestId('survey-value')).toHaveLength(2));
    expect(sent()[0]).toMatchObject({ method: 'GET', url: `${API}/surveys?year=2025` });
    expect(within(table).getAllByTestId('survey-value')[0].textContent).toBe('85,5');
    expect(table.textContent).toContain('SIPAS 2025');
    expect(table.textContent).toContain('10/02/2026');

    const unit = screen.getByLabelText('Lọc theo mã đơn vị');
    fireEvent.change(unit, { target: { value: 'H99.X01' } });
    fireEvent.keyDown(unit, { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() =>
      expect(screen.getByTestId('location').textContent).toBe('/chi-so/khao-sat?year=2025&unitCode=H99.X01'),
    );
    await waitFor(() => expect(within(table).getAllByTestId('survey-value')).toHaveLength(1));
    expect(sent().at(-1)!.url).toBe(`${API}/surveys?year=2025&unitCode=H99.X01`);
  });

  it('imports a CSV file as text/csv and shows the count, then reloads the list', async () => {
    let listed = 0;
    routeFetch(fetchMock, {
      [`${API}/surveys/import`]: () => json({ year: 2025, rows: 2 }),
      [`${API}/surveys`]: () => {
        listed++;
        return json(listed > 1 ? rows : []);
      },
    });
    render('/chi-so/khao-sat?year=2025', ['admin'], 'H99.SNV');
    expect(await screen.findByText('Chưa có kết quả điều tra nào của năm 2025.')).toBeTruthy();
    expect(screen.getByTestId('survey-file-import').hasAttribute('disabled')).toBe(true);

    const file = new File(
      ['unitCode,key,value,respondents,source\nH99.X01,SIPAS.TOTAL,85.5,320,SIPAS 2025\n'],
      'sipas-2025.csv',
      { type: 'text/csv' },
    );
    fireEvent.change(screen.getByTestId('survey-file-input'), { target: { files: [file] } });
    expect(screen.getByTestId('survey-file-name').textContent).toBe('sipas-2025.csv');
    fireEvent.click(screen.getByTestId('survey-file-import'));

    expect((await screen.findByTestId('survey-accepted')).textContent).toContain(
      'Đã nhập 2 dòng kết quả điều tra năm 2025.',
    );
    expect(posts()).toHaveLength(1);
    expect(posts()[0]).toMatchObject({ url: `${API}/surveys/import?year=2025`, type: 'text/csv' });
    expect(posts()[0].body).toBe(file);
    await waitFor(() =>
      expect(within(screen.getByTestId('surveys-table')).getAllByTestId('survey-value')).toHaveLength(2),
    );
  });

  it('sends pasted rows as JSON; a refused import lists the errors per row and writes nothing', async () => {
    let attempt = 0;
    routeFetch(fetchMock, {
      [`${API}/surveys/import`]: () => {
        attempt++;
        return attempt === 1
          ? problem(400, 'Bad Request', {
              violations: [
                {
                  field: 'rows[1].value',
                  rule: 'range',
                  message: 'must be a number from 0 to 100 with at most two decimals',
                },
                { field: 'rows[0].unitCode', rule: 'exists', message: 'unit H99.X09 is not known' },
              ],
            })
          : json({ year: 2025, rows: 2 });
      },
      [`${API}/surveys`]: () => json([]),
    });
    render('/chi-so/khao-sat?year=2025');
    fireEvent.click(await screen.findByTestId('survey-tab-paste'));
    const area = await screen.findByTestId('survey-paste');
    fireEvent.change(area, {
      target: { value: 'H99.X09\tSIPAS.TOTAL\t85,5\t320\tSIPAS 2025\nH99.X02\tSIPAS.TOTAL\t120\t\t' },
    });
    expect(screen.getByTestId('survey-parsed').textContent).toBe('Sẽ gửi 2 dòng');
    fireEvent.click(screen.getByTestId('survey-rows-import'));

    const refused = await screen.findByTestId('survey-refused');
    expect(refused.textContent).toContain('chưa dòng nào được ghi');
    expect(posts()[0]).toMatchObject({ url: `${API}/surveys/import?year=2025`, type: 'application/json' });
    expect(posts()[0].body).toEqual([
      { unitCode: 'H99.X09', key: 'SIPAS.TOTAL', value: 85.5, respondents: 320, source: 'SIPAS 2025' },
      { unitCode: 'H99.X02', key: 'SIPAS.TOTAL', value: 120 },
    ]);
    const errors = within(refused).getByTestId('survey-errors');
    expect(
      within(errors)
        .getAllByTestId('survey-error-row')
        .map((e) => e.textContent),
    ).toEqual(['1', '2']);
    expect(
      within(errors)
        .getAllByTestId('survey-error-field')
        .map((e) => e.getAttribute('data-field')),
    ).toEqual(['unitCode', 'value']);
    expect(within(errors).getAllByTestId('survey-error-message')[0].textContent).toBe('unit H99.X09 is not known');
    expect(errors.textContent).toContain('H99.X09');
    expect(screen.queryByTestId('survey-accepted')).toBeNull();
    // the rows stay for correction
    expect((area as HTMLTextAreaElement).value).toContain('H99.X09');

    fireEvent.change(area, { target: { value: 'H99.X01\tSIPAS.TOTAL\t85,5\nH99.X02\tSIPAS.TOTAL\t78' } });
    fireEvent.click(screen.getByTestId('survey-rows-import'));
    expect((await screen.findByTestId('survey-accepted')).textContent).toContain('Đã nhập 2 dòng');
    expect(screen.queryByTestId('survey-refused')).toBeNull();
    expect((area as HTMLTextAreaElement).value).toBe('');
  });

  it('shows file-level violations and other errors of a refused CSV', async () => {
    routeFetch(fetchMock, {
      [`${API}/surveys/import`]: () =>
        problem(400, 'Bad Request', {
          violations: [
            {
              field: 'body',
              rule: 'csv',
              message: 'is not a CSV file with the header unitCode,key,value,respondents,source',
            },
          ],
        }),
      [`${API}/surveys`]: () => json([]),
    });
    render('/chi-so/khao-sat?year=2025');
    fireEvent.change(await screen.findByTestId('survey-file-input'), {
      target: { files: [new File(['x;y'], 'sai.csv', { type: 'text/csv' })] },
    });
    fireEvent.click(screen.getByTestId('survey-file-import'));
    const fileErrors = await screen.findByTestId('survey-file-errors');
    expect(fileErrors.querySelector('[data-field="body"]')!.textContent).toContain('is not a CSV file');
    expect(screen.queryByTestId('survey-errors')).toBeNull();
  });

  it('shows a 403 via the error alert', async () => {
    routeFetch(fetchMock, {
      [`${API}/surveys/import`]: () => problem(403, 'Forbidden', { detail: 'appraisers and admins only' }),
      [`${API}/surveys`]: () => json([]),
    });
    render('/chi-so/khao-sat?year=2025');
    fireEvent.click(await screen.findByTestId('survey-tab-paste'));
    fireEvent.change(await screen.findByTestId('survey-paste'), { target: { value: 'H99.X01,SIPAS.TOTAL,80' } });
    fireEvent.click(screen.getByTestId('survey-rows-import'));
    expect((await screen.findByTestId('api-error')).textContent).toContain('appraisers and admins only');
    expect(screen.queryByTestId('survey-refused')).toBeNull();
  });

  it('lets units see their values but not import; the home link and nav item are for appraisers and admins', async () => {
    routeFetch(fetchMock, {
      [`${API}/surveys`]: () => json([rows[0]]),
      [`${API}/assessments`]: () => json({ items: [], page: 0, size: 50, total: 0 }),
    });
    const { unmount } = render('/chi-so/khao-sat?year=2025', ['leader'], 'H99.X01');
    await waitFor(() =>
      expect(within(screen.getByTestId('surveys-table')).getAllByTestId('survey-value')).toHaveLength(1),
    );
    expect(screen.getByTestId('surveys-read-only')).toBeTruthy();
    expect(screen.queryByTestId('survey-import')).toBeNull();
    expect(screen.queryByTestId('par-nav-surveys')).toBeNull();
    unmount();

    const home = render('/chi-so', ['leader'], 'H99.X01');
    await screen.findByTestId('assessments-table');
    expect(screen.queryByTestId('surveys-link')).toBeNull();
    home.unmount();

    render('/chi-so', ['appraiser'], 'H99.SNV');
    const link = await screen.findByTestId('surveys-link');
    expect(link.getAttribute('href')).toBe('/chi-so/khao-sat');
    expect(link.textContent).toBe('Nhập kết quả điều tra xã hội học (SIPAS)');
    expect(screen.getByTestId('par-nav-surveys').getAttribute('href')).toBe('/chi-so/khao-sat');
  });
});

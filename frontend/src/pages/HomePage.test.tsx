import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18n from '../i18n';
import leaderCounts from '../api/fixtures/work-counts-leader.json';
import officerCounts from '../api/fixtures/work-counts-officer.json';
import { json, loggedIn, problem, renderPage, routeFetch } from '../test/render';
import HomePage from './HomePage';

const fetchMock = vi.fn<typeof fetch>();
const WORK_COUNTS = '/api/v1/dossiers/work-counts';
const INSPECTION_COUNTS = '/api/v1/inspections/work-counts';
const APPRAISAL_COUNTS = '/api/v1/par-index/work-counts';
const CATALOGUE_COUNTS = '/api/v1/procedures/work-counts';
const catalogueCounts = {
  province: 'H99',
  asOf: '2026-12-07',
  drafts: 4,
  decisionsTakingEffect: 2,
  effectiveFrom: '2026-12-07',
  effectiveTo: '2026-12-14',
  missingPostings: 13,
  stalePostings: 0,
};

beforeEach(async () => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  await i18n.changeLanguage('vi');
});
afterEach(() => vi.unstubAllGlobals());

const workCountCalls = () => fetchMock.mock.calls.filter(([url]) => String(url).startsWith(WORK_COUNTS));
const value = (key: string) => screen.getByTestId(`work-count-${key}-value`).textContent;
const href = (key: string) => screen.getByTestId(`work-count-${key}`).getAttribute('href');

describe('HomePage work dashboard', () => {
  it('shows an officer the five counts of the unit, each linking to the worklist filtered to them', async () => {
    routeFetch(fetchMock, { [WORK_COUNTS]: () => json(officerCounts) });
    renderPage(<HomePage />, { auth: loggedIn('officer', ['officer'], 'H99.X01') });

    await waitFor(() => expect(value('waiting')).toBe('4'));
    expect(value('inProgress')).toBe('11');
    expect(value('dueSoon')).toBe('3');
    expect(value('overdue')).toBe('2');
    expect(value('overdueWithoutApology')).toBe('1');
    expect(href('waiting')).toBe('/ho-so?status=RECEIVED');
    expect(href('inProgress')).toBe('/ho-so?status=PROCESSING');
    expect(href('dueSoon')).toBe('/ho-so?due=SOON');
    expect(href('overdue')).toBe('/ho-so?due=OVERDUE');
    expect(href('overdueWithoutApology')).toBe('/ho-so?due=OVERDUE_WITHOUT_APOLOGY');
    // Vietnamese labels, the time of the figures, no per-unit table for an officer, no menu repeated as buttons
    const cards = screen.getByTestId('work-counts');
    expect(within(cards).getByText('Chờ xử lý')).toBeTruthy();
    expect(within(cards).getByText('Quá hạn chưa có thư xin lỗi')).toBeTruthy();
    expect(screen.getByTestId('work-counts-as-of').textContent).toBe('Số liệu lúc 07/12/2026 09:00');
    expect(screen.queryByTestId('work-counts-units')).toBeNull();
    expect(screen.queryByTestId('home-features')).toBeNull();
    // the token goes with the call
    const [, init] = workCountCalls()[0];
    expect(new Headers(init?.headers).get('Authorization')).toMatch(/^Bearer /);

    fireEvent.click(screen.getByTestId('work-count-overdue'));
    expect(screen.getByTestId('location').textContent).toBe('/ho-so?due=OVERDUE');
  });

  it('shows a leader each unit, with links to the worklist of that unit', async () => {
    routeFetch(fetchMock, { [WORK_COUNTS]: () => json(leaderCounts) });
    renderPage(<HomePage />, { auth: loggedIn('leader', ['leader'], 'H99.X01') });

    const table = await screen.findByTestId('work-counts-units');
    const units = within(table)
      .getAllByTestId('work-unit')
      .map((u) => u.textContent);
    expect(units).toEqual(['Xã An PhúH99.X01', 'Bộ phận Một cửa xã An PhúH99.X01.MC']);
    const overdue = within(table).getAllByTestId('work-unit-overdue');
    expect(overdue.map((a) => a.textContent)).toEqual(['2', '2']);
    expect(overdue[1].getAttribute('href')).toBe('/ho-so?due=OVERDUE&unit=H99.X01.MC');
    expect(within(table).getAllByTestId('work-unit-waiting')[0].getAttribute('href')).toBe(
      '/ho-so?status=RECEIVED&unit=H99.X01',
    );
    expect(
      within(table)
        .getAllByTestId('work-unit-inProgress')
        .map((a) => a.textContent),
    ).toEqual(['9', '11']);
  });

  it('speaks English when the UI does', async () => {
    await i18n.changeLanguage('en');
    routeFetch(fetchMock, { [WORK_COUNTS]: () => json(officerCounts) });
    renderPage(<HomePage />, { auth: loggedIn('specialist', ['specialist'], 'H99.X01') });
    const cards = await screen.findByTestId('work-counts');
    await waitFor(() => expect(within(cards).getByText('Overdue without apology')).toBeTruthy());
    expect(within(cards).getByText('Waiting')).toBeTruthy();
    expect(screen.getByTestId('work-counts-title').textContent).toBe('Dossiers to handle');
  });

  it('shows the server problem with a retry, and the counts after it', async () => {
    let fail = true;
    routeFetch(fetchMock, {
      [WORK_COUNTS]: () => (fail ? problem(503, 'Dịch vụ tạm thời không sẵn sàng') : json(officerCounts)),
    });
    renderPage(<HomePage />, { auth: loggedIn('officer', ['officer'], 'H99.X01') });
    // a 503 without Content-Language (the gateway's own) is said in the UI's words
    expect((await screen.findByTestId('api-error')).textContent).toContain(i18n.t('errors.unavailable'));
    expect(screen.queryByTestId('work-count-waiting')).toBeNull();
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: /thử lại/i }));
    await waitFor(() => expect(value('overdue')).toBe('2'));
  });

  it('asks no counts for a user without a dashboard part, who keeps the links to the features', async () => {
    routeFetch(fetchMock, { [WORK_COUNTS]: () => json(officerCounts) });
    renderPage(<HomePage />, { auth: loggedIn('national', ['national-admin'], undefined) });
    const features = await screen.findByTestId('home-features');
    expect(within(features).getByText('Kiểm tra CCHC')).toBeTruthy();
    expect(screen.queryByTestId('work-counts')).toBeNull();
    expect(screen.queryByTestId('inspection-counts')).toBeNull();
    expect(screen.queryByTestId('appraisal-counts')).toBeNull();
    expect(screen.queryByTestId('catalogue-counts')).toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows the catalogue staff their drafts, decisions taking effect and posting issues, each linking to its list', async () => {
    routeFetch(fetchMock, { [CATALOGUE_COUNTS]: () => json(catalogueCounts) });
    renderPage(<HomePage />, { auth: loggedIn('catalogue', ['catalogue-admin'], 'H99.SNV') });

    const v = (key: string) => screen.getByTestId(`catalogue-counts-${key}-value`).textContent;
    const link = (key: string) => screen.getByTestId(`catalogue-counts-${key}`).getAttribute('href');
    await waitFor(() => expect(v('drafts')).toBe('4'));
    expect(v('decisionsTakingEffect')).toBe('2');
    expect(v('missingPostings')).toBe('13');
    expect(v('stalePostings')).toBe('0');
    expect(link('drafts')).toBe('/quan-tri-danh-muc?state=DRAFT');
    expect(link('decisionsTakingEffect')).toBe(
      '/quan-tri-danh-muc?tab=decisions&catalogue=H99&effectiveFrom=2026-12-07&effectiveTo=2026-12-14',
    );
    expect(link('missingPostings')).toBe('/niem-yet/bao-cao');
    expect(link('stalePostings')).toBe('/niem-yet/bao-cao');
    const cards = screen.getByTestId('catalogue-counts');
    expect(within(cards).getByText('Quyết định sắp có hiệu lực')).toBeTruthy();
    expect(within(cards).getByText('Hết hiệu lực vẫn niêm yết')).toBeTruthy();
    expect(screen.getByTestId('catalogue-counts-title').textContent).toBe('Danh mục thủ tục hành chính');
    expect(screen.getByTestId('catalogue-counts-as-of').textContent).toBe('Số liệu ngày 07/12/2026');
    // no worklist for a catalogue-admin: no dossier counts asked, no feature buttons
    expect(workCountCalls()).toHaveLength(0);
    expect(screen.queryByTestId('home-features')).toBeNull();
    const [, init] = fetchMock.mock.calls.find(([url]) => String(url).startsWith(CATALOGUE_COUNTS))!;
    expect(new Headers(init?.headers).get('Authorization')).toMatch(/^Bearer /);

    fireEvent.click(screen.getByTestId('catalogue-counts-drafts'));
    expect(screen.getByTestId('location').textContent).toBe('/quan-tri-danh-muc?state=DRAFT');
  });

  it('shows a province admin both the dossier and the catalogue counts, in English too', async () => {
    await i18n.changeLanguage('en');
    routeFetch(fetchMock, {
      [WORK_COUNTS]: () => json(officerCounts),
      [CATALOGUE_COUNTS]: () => json({ ...catalogueCounts, stalePostings: 3 }),
    });
    renderPage(<HomePage />, { auth: loggedIn('admin', ['admin'], 'H99') });
    await waitFor(() => expect(screen.getByTestId('catalogue-counts-stalePostings-value').textContent).toBe('3'));
    expect(within(screen.getByTestId('catalogue-counts')).getByText('Decisions taking effect soon')).toBeTruthy();
    await waitFor(() => expect(value('overdue')).toBe('2'));
  });

  it('shows the catalogue service problem with a retry', async () => {
    let answer: () => Response = () => problem(503, 'Dịch vụ tạm thời không sẵn sàng');
    routeFetch(fetchMock, { [CATALOGUE_COUNTS]: () => answer() });
    renderPage(<HomePage />, { auth: loggedIn('catalogue', ['catalogue-admin'], 'H99.SNV') });
    expect((await screen.findByTestId('api-error')).textContent).toContain(i18n.t('errors.unavailable'));
    answer = () => json(catalogueCounts);
    fireEvent.click(screen.getByRole('button', { name: /thử lại/i }));
    await waitFor(() => expect(screen.getByTestId('catalogue-counts-drafts-value').textContent).toBe('4'));
  });

  it('shows an inspector the conclusions and remediation counts, each linking to the list filtered to them', async () => {
    routeFetch(fetchMock, {
      [WORK_COUNTS]: () => json(officerCounts),
      [INSPECTION_COUNTS]: () =>
        json({
          provinceCode: 'H99',
          asOf: '2026-12-07',
          conclusionsDue: 3,
          conclusionsOverdue: 1,
          remediationOverdue: 12,
        }),
    });
    renderPage(<HomePage />, { auth: loggedIn('inspector', ['inspector'], 'H99.SNV') });

    const v = (key: string) => screen.getByTestId(`inspection-counts-${key}-value`).textContent;
    const link = (key: string) => screen.getByTestId(`inspection-counts-${key}`).getAttribute('href');
    await waitFor(() => expect(v('conclusionsDue')).toBe('3'));
    expect(v('conclusionsOverdue')).toBe('1');
    expect(v('remediationOverdue')).toBe('12');
    expect(link('conclusionsDue')).toBe('/kiem-tra?conclusion=DUE');
    expect(link('conclusionsOverdue')).toBe('/kiem-tra?conclusion=OVERDUE');
    expect(link('remediationOverdue')).toBe('/kiem-tra?remediation=overdue');
    const cards = screen.getByTestId('inspection-counts');
    expect(within(cards).getByText('Kết luận quá hạn')).toBeTruthy();
    expect(screen.getByTestId('inspection-counts-title').textContent).toBe('Kiểm tra cải cách hành chính');
    expect(screen.getByTestId('inspection-counts-as-of').textContent).toBe('Số liệu ngày 07/12/2026');
    // the inspector also reads the province's dossiers: both parts, no feature buttons
    await waitFor(() => expect(value('overdue')).toBe('2'));
    expect(screen.queryByTestId('home-features')).toBeNull();
    const [, init] = fetchMock.mock.calls.find(([url]) => String(url).startsWith(INSPECTION_COUNTS))!;
    expect(new Headers(init?.headers).get('Authorization')).toMatch(/^Bearer /);

    fireEvent.click(screen.getByTestId('inspection-counts-remediationOverdue'));
    expect(screen.getByTestId('location').textContent).toBe('/kiem-tra?remediation=overdue');
  });

  it('shows an appraiser the assessments waiting, in English too, linking to the list by status', async () => {
    await i18n.changeLanguage('en');
    routeFetch(fetchMock, {
      [APPRAISAL_COUNTS]: () => json({ province: 'H99', waitingAppraisal: 5, waitingReappraisal: 0 }),
    });
    renderPage(<HomePage />, { auth: loggedIn('appraiser', ['appraiser'], 'H99.SNV') });

    const v = (key: string) => screen.getByTestId(`appraisal-counts-${key}-value`).textContent;
    await waitFor(() => expect(v('waitingAppraisal')).toBe('5'));
    expect(v('waitingReappraisal')).toBe('0');
    expect(screen.getByTestId('appraisal-counts-waitingAppraisal').getAttribute('href')).toBe(
      '/chi-so?status=SUBMITTED',
    );
    expect(screen.getByTestId('appraisal-counts-waitingReappraisal').getAttribute('href')).toBe(
      '/chi-so?status=EXPLANATION',
    );
    expect(within(screen.getByTestId('appraisal-counts')).getByText('Waiting for re-appraisal')).toBeTruthy();
    // no worklist: no dossier counts asked, no feature buttons
    expect(workCountCalls()).toHaveLength(0);
    expect(screen.queryByTestId('work-counts')).toBeNull();
    expect(screen.queryByTestId('home-features')).toBeNull();
  });

  it('shows the appraisal service problem with a retry', async () => {
    let fail = true;
    routeFetch(fetchMock, {
      [APPRAISAL_COUNTS]: () =>
        fail
          ? problem(503, 'Dịch vụ tạm thời không sẵn sàng')
          : json({ province: 'H99', waitingAppraisal: 2, waitingReappraisal: 1 }),
    });
    renderPage(<HomePage />, { auth: loggedIn('appraiser', ['appraiser'], 'H99.SNV') });
    expect((await screen.findByTestId('api-error')).textContent).toContain(i18n.t('errors.unavailable'));
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: /thử lại/i }));
    await waitFor(() => expect(screen.getByTestId('appraisal-counts-waitingReappraisal-value').textContent).toBe('1'));
  });

  it('shows visitors the catalogue and the login, and asks nothing', () => {
    renderPage(<HomePage />);
    expect(screen.getByTestId('home-login-button')).toBeTruthy();
    expect(screen.queryByTestId('work-counts')).toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

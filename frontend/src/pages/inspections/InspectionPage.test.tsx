import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18n from '../../i18n';
import { json, loggedIn, paged, problem, renderPage, routeFetch } from '../../test/render';
import InspectionsRoutes from './InspectionsRoutes';
import {
  API,
  calls,
  checklist,
  conclusion,
  evidence,
  finding,
  inspection,
  INSPECTION_ID,
  lateDossiers,
  remediationItem,
} from './fixtures';
import { pickDate } from '../../test/dates';

const fetchMock = vi.fn<typeof fetch>();
const realCreate = URL.createObjectURL;
const realRevoke = URL.revokeObjectURL;
beforeEach(async () => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  URL.createObjectURL = vi.fn(() => 'blob:pdf');
  URL.revokeObjectURL = vi.fn();
  await i18n.changeLanguage('vi');
});
afterEach(() => {
  vi.unstubAllGlobals();
  URL.createObjectURL = realCreate;
  URL.revokeObjectURL = realRevoke;
});

const BASE = `${API}/${INSPECTION_ID}`;
const inspector = () => loggedIn('inspector', ['inspector'], 'H99.SNV');
const leader = () => loggedIn('leader', ['leader'], 'H99.X01');
const open = (tab: string, auth = inspector()) =>
  renderPage(<InspectionsRoutes />, { path: `/kiem-tra/${INSPECTION_ID}?tab=${tab}`, route: '/kiem-tra/*', auth });

/** GET of the inspection itself (exact path), else 404. */
const only = (body: unknown) => (url: string, init?: RequestInit) =>
  url === BASE && (init?.method ?? 'GET') === 'GET' ? json(body) : problem(404, `unexpected ${init?.method} ${url}`);

const sent = (method: string, path: string) =>
  calls(fetchMock).filter((c) => c.method === method && c.url.startsWith(path));

/** Opens an antd Select (by its test id) and picks the option with `label`. */
async function pick(testId: string, label: string) {
  const select = screen.getByTestId(testId);
  fireEvent.mouseDown(within(select).getByRole('combobox'));
  const options = await screen.findAllByTitle(label);
  fireEvent.click(options[options.length - 1]);
}

describe('InspectionPage – evidence and findings (inspector)', () => {
  it('shows the live figures with source and date, the late dossiers split by apology, and pulls a figure into a new finding', async () => {
    const created = finding({ id: 'f-new' });
    routeFetch(fetchMock, {
      [BASE]: only(inspection()),
      [`${BASE}/checklist`]: () => json(checklist),
      [`${BASE}/findings`]: (_, init) => (init?.method === 'POST' ? json(created, 201) : json([])),
      [`${BASE}/evidence`]: () => json(evidence),
      [`${BASE}/evidence/late-dossiers`]: () => paged(lateDossiers),
    });
    open('evidence');

    const figures = await screen.findByTestId('evidence-figures');
    const row = await waitFor(() => {
      const r = figures.querySelector('tr[data-key="dossiers.onTimeRate"]') as HTMLElement;
      expect(r).toBeTruthy();
      return r;
    });
    expect(within(row).getByTestId('figure-value').textContent).toBe('83,33%');
    expect(within(row).getByTestId('figure-source').textContent).toBe('Hệ thống giải quyết TTHC');
    expect(within(row).getByTestId('figure-as-of').textContent).toBe('09/03/2026 09:15');
    expect(within(row).getByText('10/12')).toBeTruthy();
    const posting = figures.querySelector('tr[data-key="posting.stalePosted"]') as HTMLElement;
    expect(within(posting).getByTestId('figure-source').textContent).toBe('Công khai, niêm yết TTHC');
    expect(within(posting).getByTestId('figure-value').textContent).toBe('1 TTHC');
    expect(screen.getByTestId('evidence-period').textContent).toBe('Thời kỳ: 01/01/2026 – 09/03/2026');
    // the evidence is asked for as of the inspection date (server default): no asOf
    expect(sent('GET', `${BASE}/evidence`).map((c) => c.url)).toContain(`${BASE}/evidence`);

    // late dossiers: without an apology first, with an apology on the other tab
    const late = screen.getByTestId('late-dossiers');
    expect(within(late).getByTestId('late-without-tab').textContent).toBe(
      'Không có thư xin lỗi, thông báo gia hạn (1)',
    );
    expect(within(late).getByTestId('late-with-tab').textContent).toBe('Có thư xin lỗi hoặc thông báo gia hạn (1)');
    expect(within(screen.getByTestId('late-without')).getByText('H99.X01-260115-0001')).toBeTruthy();
    expect(within(screen.getByTestId('late-without')).queryByText('H99.X01-260201-0007')).toBeNull();

    // one click: "Đưa vào phát hiện" on the late-without-apology figure → a new finding in the right checklist item
    const lateRow = figures.querySelector('tr[data-key="lateDossiers.withoutApology"]') as HTMLElement;
    fireEvent.click(within(lateRow).getByTestId('figure-pull'));
    const form = await screen.findByTestId('pull-form');
    expect(within(form).getByTestId('pull-figure').textContent).toContain('2 hồ sơ');
    expect((within(form).getByTestId('pull-text') as HTMLTextAreaElement).value).toBe(
      'Hồ sơ trễ hẹn không có thư xin lỗi, thông báo gia hạn: 2 hồ sơ',
    );
    fireEvent.click(screen.getByTestId('pull-submit'));

    await waitFor(() => expect(sent('POST', `${BASE}/findings`)).toHaveLength(1));
    const post = sent('POST', `${BASE}/findings`)[0];
    expect(post.url).toBe(`${BASE}/findings`);
    expect(post.body).toEqual({
      kind: 'WEAKNESS',
      groupCode: 'TTHC_MOT_CUA',
      itemId: 12,
      text: 'Hồ sơ trễ hẹn không có thư xin lỗi, thông báo gia hạn: 2 hồ sơ',
      evidenceKeys: ['lateDossiers.withoutApology'],
    });
    expect(post.headers.Authorization).toMatch(/^Bearer /);
    expect(await screen.findByText('Đã đưa số liệu vào phát hiện')).toBeTruthy();
  });

  it('pulls a figure as of another date into an existing finding, and shows the stored figure with its source', async () => {
    const existing = finding();
    const withFigure = finding({
      figures: [{ ...evidence.figures[0], asOf: '2026-03-05T10:00:00+07:00' }],
      documents: [{ id: 'd-1', filename: 'bien-ban.pdf', contentType: 'application/pdf', sizeBytes: 1000 }],
    });
    let pulled = false;
    routeFetch(fetchMock, {
      [BASE]: only(inspection()),
      [`${BASE}/checklist`]: () => json(checklist),
      [`${BASE}/findings`]: (url, init) => {
        if (url.endsWith('/figures') && init?.method === 'POST') {
          pulled = true;
          return json(withFigure);
        }
        return json([pulled ? withFigure : existing]);
      },
      [`${BASE}/evidence`]: () => json(evidence),
      [`${BASE}/evidence/late-dossiers`]: () => paged([]),
    });
    open('evidence');

    const asOf = await screen.findByTestId('evidence-as-of');
    await waitFor(() => expect((asOf as HTMLInputElement).value).toBe('10/03/2026'));
    pickDate(asOf, '05/03/2026');
    await waitFor(() => expect(sent('GET', `${BASE}/evidence?asOf=2026-03-05`)).toHaveLength(1));
    expect(sent('GET', `${BASE}/evidence/late-dossiers?asOf=2026-03-05`)).toHaveLength(1);

    const row = await waitFor(() => {
      const r = screen
        .getByTestId('evidence-figures')
        .querySelector('tr[data-key="dossiers.onTimeRate"]') as HTMLElement;
      expect(r).toBeTruthy();
      return r;
    });
    fireEvent.click(within(row).getByTestId('figure-pull'));
    await screen.findByTestId('pull-form');
    // the existing finding is the default target: no new-finding fields
    expect(screen.queryByTestId('pull-text')).toBeNull();
    fireEvent.click(screen.getByTestId('pull-submit'));
    await waitFor(() => expect(sent('POST', `${BASE}/findings/f-1/figures`)).toHaveLength(1));
    expect(sent('POST', `${BASE}/findings/f-1/figures`)[0].body).toEqual({
      key: 'dossiers.onTimeRate',
      asOf: '2026-03-05',
    });

    // the findings tab shows the figure with its source and date, and the document
    fireEvent.click(screen.getByTestId('tab-findings'));
    const card = await screen.findByTestId('finding');
    await waitFor(() => expect(within(card).getByTestId('finding-figure').textContent).toContain('83,33%'));
    expect(within(card).getByTestId('finding-figure').textContent).toContain('Hệ thống giải quyết TTHC');
    expect(within(card).getByTestId('finding-figure').textContent).toContain('05/03/2026 10:00');
    expect(within(card).getByTestId('finding-kind').textContent).toBe('Tồn tại, hạn chế');
    expect(within(card).getByText('· Hồ sơ trễ hẹn và thư xin lỗi')).toBeTruthy();
    expect(within(card).getByTestId('document-link').textContent).toContain('bien-ban.pdf');
  });

  it('adds a finding with a manual figure and uploads a document as multipart', async () => {
    routeFetch(fetchMock, {
      [BASE]: only(inspection()),
      [`${BASE}/checklist`]: () => json(checklist),
      [`${BASE}/findings`]: (url, init) => {
        if (init?.method === 'POST' && url.endsWith('/documents')) return json({ id: 'd-9', filename: 'anh.png' }, 201);
        if (init?.method === 'POST') return json(finding({ id: 'f-2', kind: 'STRENGTH' }), 201);
        return json([finding()]);
      },
    });
    open('findings');

    const card = await screen.findByTestId('finding');
    // upload on the existing finding
    const file = new File(['%PDF'], 'bien-ban.pdf', { type: 'application/pdf' });
    fireEvent.change(within(card).getByTestId('finding-upload-input'), { target: { files: [file] } });
    await waitFor(() => expect(sent('POST', `${BASE}/findings/f-1/documents`)).toHaveLength(1));
    const upload = fetchMock.mock.calls.find(([u]) => String(u).endsWith('/findings/f-1/documents'))!;
    const body = upload[1]!.body as FormData;
    expect(body).toBeInstanceOf(FormData);
    expect((body.get('file') as File).name).toBe('bien-ban.pdf');
    expect((upload[1]!.headers as Record<string, string>)['Content-Type']).toBeUndefined();

    fireEvent.click(screen.getByTestId('finding-add'));
    const form = await screen.findByTestId('finding-form');
    fireEvent.click(within(form).getByLabelText('Ưu điểm'));
    fireEvent.change(within(form).getByTestId('finding-text-input'), {
      target: { value: 'Bộ phận một cửa bố trí khoa học' },
    });
    fireEvent.click(within(form).getByTestId('figure-add'));
    fireEvent.change(await within(form).findByTestId('figure-label'), { target: { value: 'Số quầy tiếp nhận' } });
    const number =
      within(form).getByTestId('figure-number').querySelector('input') ?? within(form).getByTestId('figure-number');
    fireEvent.change(number, { target: { value: '4' } });
    fireEvent.change(within(form).getByTestId('figure-unit'), { target: { value: 'quầy' } });
    fireEvent.click(screen.getByTestId('finding-submit'));

    await waitFor(() =>
      expect(sent('POST', `${BASE}/findings`).filter((c) => c.url === `${BASE}/findings`)).toHaveLength(1),
    );
    expect(sent('POST', `${BASE}/findings`).find((c) => c.url === `${BASE}/findings`)!.body).toEqual({
      kind: 'STRENGTH',
      groupCode: 'CHI_DAO_DIEU_HANH',
      itemId: null,
      text: 'Bộ phận một cửa bố trí khoa học',
      figures: [{ key: 'manual.1', label: 'Số quầy tiếp nhận', value: 4, unit: 'quầy', source: 'manual' }],
    });
  });
});

describe('InspectionPage – header and lifecycle', () => {
  it('starts a planned inspection; a 409 on ending is shown with the problem details', async () => {
    let current = inspection({ status: 'PLANNED', startedAt: null });
    routeFetch(fetchMock, {
      [BASE]: (url, init) => only(current)(url, init),
      [`${BASE}/checklist`]: () => json(checklist),
      [`${BASE}/findings`]: () => json([]),
      [`${BASE}/start`]: () => {
        current = inspection({ status: 'IN_PROGRESS' });
        return json(current);
      },
      [`${BASE}/end`]: () =>
        problem(409, 'Conflict', { detail: 'an inspection that is IN_PROGRESS cannot become ENDED' }),
    });
    open('checklist');

    expect((await screen.findByTestId('inspection-status')).textContent).toBe('Chưa kiểm tra');
    expect(screen.getByTestId('inspection-unit').textContent).toBe('UBND xã Một');
    // checklist with the unit's self-assessment and finding counts
    const group = await screen.findAllByTestId('checklist-group');
    expect(group).toHaveLength(2);
    expect(within(group[0]).getByTestId('self-status').textContent).toBe('Đã thực hiện');
    expect(within(group[0]).getByText('Kế hoạch số 05/KH-UBND')).toBeTruthy();
    expect(within(group[1]).getByText('Chưa tự đánh giá')).toBeTruthy();

    expect(screen.getByTestId('inspection-cancel')).toBeTruthy();
    expect(screen.queryByTestId('inspection-end')).toBeNull();
    // a visit recorded afterwards: the day it began goes in ?startedOn=
    fireEvent.click(screen.getByTestId('inspection-start'));
    pickDate(await screen.findByTestId('inspection-started-on'), '09/03/2026');
    fireEvent.click(screen.getByTestId('inspection-start-ok'));
    await waitFor(() => expect(screen.getByTestId('inspection-status').textContent).toBe('Đang kiểm tra'));
    const start = sent('POST', `${BASE}/start`);
    expect(start).toHaveLength(1);
    expect(start[0].url).toBe(`${BASE}/start?startedOn=2026-03-09`);
    expect(start[0].body).toBeUndefined();
    expect(screen.queryByTestId('inspection-start')).toBeNull();

    fireEvent.click(screen.getByTestId('inspection-end'));
    pickDate(await screen.findByTestId('inspection-ended-on'), '12/03/2026');
    fireEvent.click(screen.getByTestId('inspection-end-ok'));
    await waitFor(() => expect(sent('POST', `${BASE}/end`)).toHaveLength(1));
    expect(sent('POST', `${BASE}/end`)[0].body).toEqual({ endedOn: '2026-03-12' });
    const alert = await screen.findByTestId('api-error');
    expect(alert.textContent).toContain('Conflict');
    expect(alert.textContent).toContain('cannot become ENDED');
    expect(alert.textContent).toContain('409');
  });

  it('shows "not found" for a 404 and an error alert for a 403 on the findings', async () => {
    routeFetch(fetchMock, { [BASE]: () => problem(404, 'Not Found') });
    const { unmount } = open('checklist');
    expect(await screen.findByTestId('inspection-not-found')).toBeTruthy();
    expect(screen.getByText('Không tìm thấy cuộc kiểm tra')).toBeTruthy();
    unmount();

    routeFetch(fetchMock, {
      [BASE]: only(inspection()),
      [`${BASE}/checklist`]: () => json(checklist),
      [`${BASE}/findings`]: () => problem(403, 'Forbidden', { detail: 'not a member of the team' }),
    });
    open('findings');
    const alert = await screen.findByTestId('api-error');
    expect(alert.textContent).toContain('not a member of the team');
  });
});

describe('InspectionPage – the unit leader', () => {
  it('has no lifecycle actions nor evidence, and submits the self-inspection report before the visit', async () => {
    let submitted: unknown = null;
    routeFetch(fetchMock, {
      [BASE]: only(inspection({ status: 'PLANNED', startedAt: null })),
      [`${BASE}/checklist`]: () => json(checklist),
      [`${BASE}/self-report`]: (_, init) => {
        if (init?.method === 'PUT') {
          submitted = {
            inspectionId: INSPECTION_ID,
            summary: 'Đơn vị đã tự kiểm tra',
            submittedBy: 'leader',
            submittedAt: '2026-03-01T02:00:00Z',
            items: [],
          };
        }
        return submitted ? json(submitted) : problem(404, 'Not Found');
      },
    });
    open('self-report', leader());

    const form = await screen.findByTestId('self-report-form');
    expect(screen.getByTestId('self-report-none').textContent).toBe('Đơn vị chưa nộp báo cáo tự kiểm tra');
    expect(screen.queryByTestId('inspection-actions')).toBeNull();
    expect(screen.queryByTestId('tab-evidence')).toBeNull();
    expect(screen.queryByTestId('tab-findings')).toBeNull();
    expect(screen.getByTestId('tab-remediation')).toBeTruthy();
    // never asks for the team's data
    expect(calls(fetchMock).some((c) => c.url.includes('/findings') || c.url.includes('/evidence'))).toBe(false);

    await pick('self-status-11', 'Thực hiện một phần');
    fireEvent.change(within(form).getByTestId('self-note-11'), { target: { value: 'Niêm yết chưa đủ 3 TTHC' } });
    fireEvent.change(within(form).getByTestId('self-summary'), { target: { value: 'Đơn vị đã tự kiểm tra' } });
    fireEvent.click(within(form).getByTestId('self-report-submit'));

    await waitFor(() => expect(sent('PUT', `${BASE}/self-report`)).toHaveLength(1));
    expect(sent('PUT', `${BASE}/self-report`)[0].body).toEqual({
      summary: 'Đơn vị đã tự kiểm tra',
      items: [
        { itemId: 1, status: 'DONE', note: 'Kế hoạch số 05/KH-UBND' },
        { itemId: 11, status: 'PARTIAL', note: 'Niêm yết chưa đủ 3 TTHC' },
        { itemId: 12, status: 'PARTIAL', note: null },
      ],
    });
    expect(await screen.findByTestId('self-report-submitted')).toBeTruthy();
  });

  it('reports on an overdue remediation item (highlighted), and sees the issued conclusion read-only', async () => {
    const overdue = remediationItem({ overdue: true, deadline: '2026-03-01' });
    routeFetch(fetchMock, {
      [BASE]: only(inspection({ status: 'CONCLUDED', endedOn: '2026-03-12', conclusionDue: '2026-04-02' })),
      [`${BASE}/checklist`]: () => json(checklist),
      [`${BASE}/remediation`]: (_, init) =>
        init?.method === 'POST'
          ? json({ ...overdue, status: 'REPORTED', overdue: false, report: 'Đã gửi thư xin lỗi' })
          : json([overdue]),
      [`${BASE}/conclusion`]: () => json(conclusion({ issued: true, issuedAt: '2026-03-20T03:00:00Z' })),
    });
    open('remediation', leader());

    const table = await screen.findByTestId('remediation-table');
    const row = await waitFor(() => {
      const r = table.querySelector('tr[data-row-key="r-1"]') as HTMLElement;
      expect(r).toBeTruthy();
      return r;
    });
    expect(row.className).toContain('dossier-row-overdue');
    expect(row.getAttribute('data-overdue')).toBe('true');
    expect(within(row).getByTestId('remediation-overdue').textContent).toBe('Quá hạn');
    expect(within(row).getByTestId('remediation-deadline').textContent).toBe('01/03/2026');
    expect(within(row).queryByTestId('remediation-complete')).toBeNull();
    expect(screen.queryByTestId('remediation-form')).toBeNull(); // only the inspector adds items

    fireEvent.click(within(row).getByTestId('remediation-report-btn'));
    fireEvent.change(await screen.findByTestId('remediation-text'), { target: { value: 'Đã gửi thư xin lỗi' } });
    fireEvent.click(screen.getByTestId('remediation-text-submit'));
    await waitFor(() => expect(sent('POST', `${BASE}/remediation/r-1/report`)).toHaveLength(1));
    expect(sent('POST', `${BASE}/remediation/r-1/report`)[0].body).toEqual({ report: 'Đã gửi thư xin lỗi' });

    fireEvent.click(screen.getByTestId('tab-conclusion'));
    const view = await screen.findByTestId('conclusion-view');
    expect(within(view).getByTestId('conclusion-number-view').textContent).toBe('25/TB-ĐKT');
    expect(screen.queryByTestId('conclusion-form')).toBeNull();
    expect(screen.getByTestId('conclusion-state').textContent).toBe('Đã ban hành ngày 20/03/2026');
  });
});

describe('InspectionPage – conclusion and remediation (inspector)', () => {
  it('drafts the conclusion from the findings, warns when late, previews the PDF and issues it', async () => {
    let draft: unknown = null;
    let issued: unknown = null;
    routeFetch(fetchMock, {
      [BASE]: only(
        inspection({ status: 'ENDED', endedOn: '2026-03-12', conclusionDue: '2026-04-02', conclusionLate: true }),
      ),
      [`${BASE}/checklist`]: () => json(checklist),
      [`${BASE}/findings`]: () => json([finding(), finding({ id: 'f-2', kind: 'STRENGTH', text: 'Niêm yết đầy đủ' })]),
      [`${BASE}/conclusion`]: (_, init) => {
        if (init?.method === 'PUT') {
          draft = JSON.parse(String(init.body));
          return json(conclusion({ ...(draft as object), late: true }));
        }
        if (issued) return json(issued);
        return draft
          ? json(conclusion({ late: true }))
          : problem(404, 'Not Found', { detail: 'no conclusion notice yet' });
      },
      [`${BASE}/conclusion/issue`]: () => {
        issued = conclusion({ issued: true, late: true, issuedAt: '2026-04-05T02:00:00Z' });
        return json(issued);
      },
      [`${BASE}/conclusion.pdf`]: () =>
        new Response(new Uint8Array([37, 80, 68, 70]), { status: 200, headers: { 'content-type': 'application/pdf' } }),
    });
    open('conclusion');

    const form = await screen.findByTestId('conclusion-form');
    expect(screen.getByTestId('conclusion-late').textContent).toContain(
      'Quá hạn ban hành thông báo kết luận (hạn 02/04/2026)',
    );
    expect(screen.getByTestId('inspection-conclusion-late')).toBeTruthy();
    await waitFor(() =>
      expect((within(form).getByTestId('conclusion-shortcomings') as HTMLTextAreaElement).value).toBe(
        '- Còn hồ sơ trễ hẹn không có thư xin lỗi',
      ),
    );
    expect((within(form).getByTestId('conclusion-strengths') as HTMLTextAreaElement).value).toBe('- Niêm yết đầy đủ');

    fireEvent.change(within(form).getByTestId('conclusion-number'), { target: { value: '25/TB-ĐKT' } });
    pickDate(within(form).getByTestId('conclusion-date'), '20/03/2026');
    fireEvent.change(within(form).getByTestId('conclusion-signer'), { target: { value: 'Nguyễn Văn Trưởng' } });
    fireEvent.change(within(form).getByTestId('conclusion-requests'), { target: { value: 'Gửi thư xin lỗi' } });
    fireEvent.click(within(form).getByTestId('conclusion-save'));
    await waitFor(() => expect(sent('PUT', `${BASE}/conclusion`)).toHaveLength(1));
    expect(sent('PUT', `${BASE}/conclusion`)[0].body).toEqual({
      number: '25/TB-ĐKT',
      noticeDate: '2026-03-20',
      signer: 'Nguyễn Văn Trưởng',
      signerTitle: null,
      strengths: '- Niêm yết đầy đủ',
      shortcomings: '- Còn hồ sơ trễ hẹn không có thư xin lỗi',
      requests: 'Gửi thư xin lỗi',
    });

    fireEvent.click(await screen.findByTestId('conclusion-preview'));
    await waitFor(() => expect(screen.getByTestId('pdf-preview').getAttribute('data-state')).toBe('ready'));
    const pdf = calls(fetchMock).find((c) => c.url === `${BASE}/conclusion.pdf`)!;
    expect(pdf.headers.Accept).toContain('application/pdf');
    expect(pdf.headers.Authorization).toMatch(/^Bearer /);
    fireEvent.click(screen.getByTestId('pdf-close'));

    fireEvent.click(screen.getByTestId('conclusion-issue'));
    fireEvent.click(await screen.findByTestId('conclusion-issue-ok'));
    await waitFor(() => expect(sent('POST', `${BASE}/conclusion/issue`)).toHaveLength(1));
    expect(sent('PUT', `${BASE}/conclusion`)).toHaveLength(2); // saved again just before issuing
    await waitFor(() => expect(screen.getByTestId('conclusion-state').getAttribute('data-issued')).toBe('true'));
    expect(screen.queryByTestId('conclusion-form')).toBeNull();
  });

  it('adds a remediation item and completes / returns reported ones; a 409 is shown', async () => {
    const reported = remediationItem({
      id: 'r-2',
      status: 'REPORTED',
      report: 'Đã khắc phục',
      reportedBy: 'leader',
      reportedAt: '2026-04-10T02:00:00Z',
    });
    routeFetch(fetchMock, {
      [BASE]: only(inspection({ status: 'CONCLUDED', endedOn: '2026-03-12' })),
      [`${BASE}/checklist`]: () => json(checklist),
      [`${BASE}/findings`]: () => json([]),
      [`${BASE}/remediation`]: (url, init) => {
        if (url.endsWith('/complete'))
          return problem(409, 'Conflict', { detail: 'a remediation item that is OPEN cannot become COMPLETED' });
        if (url.endsWith('/return')) return json({ ...reported, status: 'OPEN', returnReason: 'Thiếu tài liệu' });
        if (init?.method === 'POST') return json(remediationItem({ id: 'r-3' }), 201);
        return json([reported]);
      },
    });
    open('remediation');

    const table = await screen.findByTestId('remediation-table');
    const row = await waitFor(() => {
      const r = table.querySelector('tr[data-row-key="r-2"]') as HTMLElement;
      expect(r).toBeTruthy();
      return r;
    });
    expect(row.className).not.toContain('dossier-row-overdue');
    expect(within(row).getByTestId('remediation-report').textContent).toBe('Đã khắc phục');
    expect(within(row).queryByTestId('remediation-report-btn')).toBeNull();
    expect(within(row).queryByTestId('remediation-upload')).toBeNull();

    const form = screen.getByTestId('remediation-form');
    fireEvent.change(within(form).getByTestId('remediation-requirement-input'), {
      target: { value: 'Rà soát niêm yết TTHC' },
    });
    pickDate(within(form).getByTestId('remediation-deadline-input'), '30/04/2026');
    fireEvent.click(within(form).getByTestId('remediation-add'));
    await waitFor(() =>
      expect(sent('POST', `${BASE}/remediation`).filter((c) => c.url === `${BASE}/remediation`)).toHaveLength(1),
    );
    expect(sent('POST', `${BASE}/remediation`).find((c) => c.url === `${BASE}/remediation`)!.body).toEqual({
      requirement: 'Rà soát niêm yết TTHC',
      responsibleUnitCode: null,
      deadline: '2026-04-30',
    });

    fireEvent.click(within(row).getByTestId('remediation-return'));
    fireEvent.change(await screen.findByTestId('remediation-text'), { target: { value: 'Thiếu tài liệu' } });
    fireEvent.click(screen.getByTestId('remediation-text-submit'));
    await waitFor(() => expect(sent('POST', `${BASE}/remediation/r-2/return`)).toHaveLength(1));
    expect(sent('POST', `${BASE}/remediation/r-2/return`)[0].body).toEqual({ reason: 'Thiếu tài liệu' });

    fireEvent.click(within(row).getByTestId('remediation-complete'));
    fireEvent.click(await screen.findByTestId('remediation-complete-ok'));
    await waitFor(() => expect(sent('POST', `${BASE}/remediation/r-2/complete`)).toHaveLength(1));
    expect((await screen.findByTestId('api-error')).textContent).toContain('cannot become COMPLETED');
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18n from '../../i18n';
import { json, loggedIn, problem, renderPage, routeFetch } from '../../test/render';
import ParIndexRoutes from './ParIndexRoutes';
import { A_ID, BASE, detail, DOC, PREVIEW, previewAnswer } from './fixtures';

const fetchMock = vi.fn<typeof fetch>();
beforeEach(async () => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  await i18n.changeLanguage('vi');
});
afterEach(() => vi.unstubAllGlobals());

const render = (roles = ['appraiser']) =>
  renderPage(<ParIndexRoutes />, {
    path: `/chi-so/danh-gia/${A_ID}/tham-dinh`,
    route: '/chi-so/*',
    auth: loggedIn(roles[0], roles, 'H99.SNV'),
  });

function routes(
  d: ReturnType<typeof detail>,
  onAction: (action: string) => Response = () => json(d.assessment),
  onPut: () => Response = () => json(d),
) {
  const sent: { url: string; method: string; body: unknown }[] = [];
  routeFetch(fetchMock, {
    [PREVIEW]: (url, init) => previewAnswer(url, init),
    [`${BASE}/evidence`]: () => json([DOC]),
    [`${BASE}/criteria/`]: (url, init) => {
      sent.push({ url, method: init!.method!, body: JSON.parse(String(init!.body)) });
      return onPut();
    },
    [`${BASE}/actions/`]: (url, init) => {
      sent.push({ url, method: init!.method!, body: JSON.parse(String(init!.body)) });
      return onAction(url.slice(`${BASE}/actions/`.length));
    },
    [BASE]: () => json(d),
  });
  return sent;
}

const row = (code: string) =>
  document.querySelector(`[data-testid="appraisal-tree"] tr[data-row-key="${code}"]`) as HTMLElement;

describe('AppraisalPage', () => {
  it('shows the self score and evidence side by side with the appraisal, and appraises a criterion', async () => {
    const d = detail('SUBMITTED', ['appraise']);
    const sent = routes(d);
    render();
    await screen.findByTestId('appraisal-tree');
    expect(screen.getByText('Đơn vị tự chấm')).toBeTruthy();
    expect(screen.getByText('Cơ quan thẩm định')).toBeTruthy();
    expect(within(row('1.1.1')).getByTestId('self-score').textContent).toBe('2,5');
    expect(within(row('1.1.1')).getByTestId('missing-evidence-flag')).toBeTruthy();
    await waitFor(() =>
      expect(within(row('1.1.2')).getByTestId('evidence-download').textContent).toBe('Kế hoạch CCHC 2025.pdf'),
    );
    // only the steps the API allows
    expect(screen.getByTestId('action-appraise')).toBeTruthy();
    for (const a of ['reappraise', 'finalise', 'publish']) expect(screen.queryByTestId(`action-${a}`)).toBeNull();

    fireEvent.click(within(row('1.1.1')).getByTestId('appraise-button'));
    const form = await screen.findByTestId('appraise-form');
    expect(within(form).getByTestId('appraise-self').textContent).toContain('2,5/4');
    const input = within(form).getByRole('spinbutton') as HTMLInputElement;
    expect(Number(input.value)).toBe(2.5); // starts from the unit's value
    fireEvent.change(input, { target: { value: '1' } });
    fireEvent.change(within(form).getByTestId('appraise-comment'), {
      target: { value: 'Không có tài liệu kiểm chứng' },
    });
    fireEvent.click(screen.getByTestId('appraise-save'));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      url: `${BASE}/criteria/1.1.1/appraisal`,
      method: 'PUT',
      body: { value: 1, comment: 'Không có tài liệu kiểm chứng' },
    });

    fireEvent.click(screen.getByTestId('action-appraise'));
    await screen.findByTestId('action-dialog');
    fireEvent.click(screen.getByTestId('action-confirm'));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]).toEqual({ url: `${BASE}/actions/appraise`, method: 'POST', body: {} });
  });

  it('re-appraises after the explanation, then offers finalise and publish as allowed', async () => {
    const d = detail('EXPLANATION', ['reappraise']);
    d.criteria[0].children[0].children[0].entry = {
      ...d.criteria[0].children[0].children[0].entry!,
      appraisedValue: 1,
      appraisedScore: 1,
      explanation: 'Đã ban hành đúng hạn',
    };
    const sent = routes(d);
    render();
    await screen.findByTestId('appraisal-tree');
    expect(within(row('1.1.1')).getByTestId('explanation').textContent).toBe('Đã ban hành đúng hạn');
    expect(within(row('1.1.1')).getByTestId('appraise-button').textContent).toBe('Thẩm định lại');
    fireEvent.click(within(row('1.1.1')).getByTestId('appraise-button'));
    const form = await screen.findByTestId('appraise-form');
    fireEvent.change(within(form).getByRole('spinbutton'), { target: { value: '3' } });
    fireEvent.click(screen.getByTestId('appraise-save'));
    await waitFor(() => expect(sent[0]?.body).toEqual({ value: 3, comment: null }));
  });

  it('finalise: a 409 is shown in the dialog; publish is offered when FINALISED', async () => {
    routes(detail('REAPPRAISED', ['finalise']), () =>
      problem(409, 'Conflict', { detail: 'Cannot finalise an assessment that is PUBLISHED' }),
    );
    const { unmount } = render();
    fireEvent.click(await screen.findByTestId('action-finalise'));
    expect((await screen.findByTestId('action-dialog')).textContent).toContain('Chốt kết quả?');
    fireEvent.click(screen.getByTestId('action-confirm'));
    const alert = await within(screen.getByTestId('action-dialog')).findByTestId('api-error');
    expect(alert.textContent).toContain('Cannot finalise an assessment that is PUBLISHED');
    unmount();

    routes(detail('FINALISED', ['publish']));
    render(['admin']);
    expect(await screen.findByTestId('action-publish')).toBeTruthy();
    expect(screen.queryByTestId('appraise-button')).toBeNull();
  });

  it('a unit user sees the appraisal read-only; a 403 on a step is reported', async () => {
    routes(detail('APPRAISED', ['explain']));
    const { unmount } = render(['leader']);
    await screen.findByTestId('appraisal-tree');
    expect(screen.queryByTestId('appraise-button')).toBeNull();
    expect(screen.queryByTestId('workflow-actions')).toBeNull();
    expect(screen.getByText('Chỉ cơ quan thẩm định chấm được khi hồ sơ đã gửi hoặc đã giải trình.')).toBeTruthy();
    unmount();

    routes(detail('FINALISED', ['publish']), () =>
      problem(403, 'Forbidden', { detail: 'You may not publish this assessment.' }),
    );
    render();
    fireEvent.click(await screen.findByTestId('action-publish'));
    fireEvent.click(await screen.findByTestId('action-confirm'));
    expect((await screen.findByTestId('api-error')).textContent).toContain('You may not publish this assessment.');
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18n from '../../i18n';
import type { ImportJob } from '../../api/types';
import { json, loggedIn, renderPage } from '../../test/render';
import { ImportPanel, importPercent } from './ImportPanel';

const fetchMock = vi.fn<typeof fetch>();

beforeEach(async () => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  await i18n.changeLanguage('vi');
});
afterEach(() => vi.unstubAllGlobals());

const job = (over: Partial<ImportJob>): ImportJob => ({
  id: 42,
  fileName: 'danh-muc.csv',
  format: 'CSV',
  status: 'RUNNING',
  total: 3,
  processed: 0,
  created: 0,
  published: 0,
  errors: [],
  ...over,
});

/** Answers the POST with `first` and each poll with the next of `polls` (the last one repeats). */
function serve(first: ImportJob, polls: ImportJob[]) {
  let n = 0;
  fetchMock.mockImplementation(async (input, init) => {
    const url = String(input);
    if (url === '/api/v1/procedures/imports' && init?.method === 'POST') return json(first, 202);
    if (url === `/api/v1/procedures/imports/${first.id}`) return json(polls[Math.min(n++, polls.length - 1)]);
    return json({}, 404);
  });
}

async function chooseAndStart(file: File) {
  renderPage(<ImportPanel pollMs={20} />, { auth: loggedIn('catalogue', ['catalogue-admin'], 'H99.SNV') });
  const input = document.querySelector('input[type="file"]') as HTMLInputElement;
  expect(input.accept).toBe('.json,.csv,.xlsx');
  fireEvent.change(input, { target: { files: [file] } });
  const start = await screen.findByTestId('import-start');
  await waitFor(() => expect((start as HTMLButtonElement).disabled).toBe(false));
  fireEvent.click(start);
}

const csv = () => new File(['Mã TTHC,Tên TTHC\n9.1,A\n9.2,\n9.3,C\n'], 'danh-muc.csv', { type: 'text/csv' });

describe('ImportPanel', () => {
  it('uploads the raw file, polls while RUNNING and shows the error report when REJECTED', async () => {
    serve(job({ phase: 'VALIDATING' }), [
      job({ processed: 1, phase: 'VALIDATING' }),
      job({ processed: 2 }),
      job({
        status: 'REJECTED',
        processed: 3,
        errors: [{ row: 2, field: 'name', rule: 'required', message: 'Tên TTHC không được để trống' }],
      }),
    ]);
    await chooseAndStart(csv());

    // the POST carries the file itself as the body, typed text/csv, with its name
    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/v1/procedures/imports');
    expect(init?.method).toBe('POST');
    expect(init?.body).toBeInstanceOf(File);
    expect((init?.body as File).name).toBe('danh-muc.csv');
    const headers = init?.headers as Record<string, string>;
    expect(headers['Content-Type']).toBe('text/csv');
    expect(headers['X-File-Name']).toBe('danh-muc.csv');
    expect(headers.Authorization).toMatch(/^Bearer /);

    // first the running state with a progress bar
    expect((await screen.findByTestId('import-status')).textContent).toBe('Đang xử lý');
    expect(screen.getByTestId('import-phase').textContent).toBe('đang kiểm tra dữ liệu');
    expect(screen.getByTestId('import-progress')).toBeTruthy();

    // then rejected: errors table and "nothing written"
    const rejected = await screen.findByTestId('import-rejected', {}, { timeout: 3000 });
    expect(rejected.textContent).toContain('Không có thủ tục nào được ghi');
    expect(screen.getByTestId('import-status').textContent).toBe('Bị từ chối');
    expect(screen.getByTestId('import-status').getAttribute('data-status')).toBe('REJECTED');
    const table = screen.getByTestId('import-errors');
    expect(within(table).getByTestId('import-error-row').textContent).toBe('2');
    expect(within(table).getByTestId('import-error-field').textContent).toBe('name');
    expect(within(table).getByText('Tên TTHC không được để trống')).toBeTruthy();
    expect(screen.getByTestId('import-processed').textContent).toBe('Đã xử lý 3/3 dòng');
    expect(screen.queryByTestId('import-completed')).toBeNull();

    // it stops polling once the job is finished
    const polls = fetchMock.mock.calls.length;
    expect(polls).toBeGreaterThanOrEqual(4); // POST + 3 polls
    await new Promise((r) => setTimeout(r, 120));
    expect(fetchMock.mock.calls.length).toBe(polls);
    expect(fetchMock.mock.calls.slice(1).every(([u]) => u === '/api/v1/procedures/imports/42')).toBe(true);
  });

  it('shows the created and published counts when COMPLETED', async () => {
    serve(job({ id: 'abc', format: 'JSON' }), [
      job({ id: 'abc', processed: 2 }),
      job({ id: 'abc', status: 'COMPLETED', processed: 3, created: 3, published: 1 }),
    ]);
    await chooseAndStart(new File(['{"rows":[]}'], 'rows.json'));
    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    expect((fetchMock.mock.calls[0][1]?.headers as Record<string, string>)['Content-Type']).toBe('application/json');

    const done = await screen.findByTestId('import-completed', {}, { timeout: 3000 });
    expect(done.textContent).toContain('Nhập tệp thành công');
    expect(screen.getByTestId('import-created').textContent).toBe('3');
    expect(screen.getByTestId('import-published').textContent).toBe('1');
    expect(screen.getByTestId('import-status').textContent).toBe('Hoàn tất');
    expect(screen.queryByTestId('import-errors')).toBeNull();
  });

  it('shows a refused upload (problem+json) with the ErrorAlert', async () => {
    fetchMock.mockResolvedValue(
      json({ title: 'Tệp quá lớn', status: 413, detail: 'Tối đa 20 MB' }, 413, 'application/problem+json'),
    );
    await chooseAndStart(csv());
    const alert = await screen.findByTestId('api-error');
    expect(alert.textContent).toContain('Tệp quá lớn');
    expect(alert.textContent).toContain('Tối đa 20 MB');
    expect(screen.queryByTestId('import-job')).toBeNull();
  });
});

describe('importPercent', () => {
  it('is processed/total, and 100% for a finished empty job', () => {
    expect(importPercent({ processed: 1, total: 3, status: 'RUNNING' })).toBe(33);
    expect(importPercent({ processed: 0, total: 0, status: 'RUNNING' })).toBe(0);
    expect(importPercent({ processed: 0, total: 0, status: 'REJECTED' })).toBe(100);
    expect(importPercent({ processed: 5, total: 4, status: 'COMPLETED' })).toBe(100);
  });
});

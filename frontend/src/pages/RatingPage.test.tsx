import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18n from '../i18n';
import { SATISFACTION_CRITERIA, SATISFACTION_LEVELS } from '../api/dossierTypes';
import { json, loggedIn, problem, renderPage, routeFetch } from '../test/render';
import { useDesktop, usePhone } from '../test/viewport';
import RatingPage from './RatingPage';

const fetchMock = vi.fn<typeof fetch>();
beforeEach(async () => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  await i18n.changeLanguage('vi');
});
afterEach(() => {
  vi.unstubAllGlobals();
  useDesktop();
});

const CODE = 'H99.X01-260220-0001';
const render = () => renderPage(<RatingPage />, { path: `/danh-gia/${CODE}`, route: '/danh-gia/:code' });

/** Picks a level for every criterion: very satisfied, except "onTime" dissatisfied. */
async function answerAll() {
  const table = await screen.findByTestId('rating-criteria');
  for (const c of SATISFACTION_CRITERIA) {
    const group = within(table).getByTestId(`rating-${c}`);
    fireEvent.click(within(group).getByLabelText(c === 'onTime' ? 'Không hài lòng' : 'Rất hài lòng'));
  }
}

describe('RatingPage', () => {
  it('lists the 12 seed-003 criteria with three levels and posts every answer with the phone digits', async () => {
    let posted: { url: string; body: unknown; auth?: string } | undefined;
    routeFetch(fetchMock, {
      [`/api/v1/dossiers/ratings/${CODE}`]: (url, init) => {
        posted = {
          url,
          body: JSON.parse(String(init?.body)),
          auth: (init?.headers as Record<string, string>).Authorization,
        };
        return json({}, 201);
      },
    });
    render();
    const table = await screen.findByTestId('rating-criteria');
    expect(within(table).getAllByRole('radiogroup')).toHaveLength(12);
    expect(within(table).getByText('Số lần liên hệ để hoàn thiện hồ sơ')).toBeTruthy();
    expect(within(table).getByText('Tiến độ, chất lượng dịch vụ công trực tuyến')).toBeTruthy();
    expect(within(table).getAllByText('Hài lòng')).toHaveLength(12);

    // nothing answered: nothing sent
    fireEvent.click(screen.getByTestId('rating-submit'));
    await waitFor(() => expect(screen.getAllByText('Chọn mức độ hài lòng')).toHaveLength(12));
    expect(fetchMock).not.toHaveBeenCalled();

    await answerAll();
    fireEvent.change(screen.getByTestId('rating-phone'), { target: { value: '5678' } });
    fireEvent.click(screen.getByTestId('rating-submit'));
    await waitFor(() => expect(posted).toBeDefined());
    expect(posted!.auth).toBeUndefined();
    const expected = Object.fromEntries(
      SATISFACTION_CRITERIA.map((c) => [c, c === 'onTime' ? 'DISSATISFIED' : 'VERY_SATISFIED']),
    );
    expect(posted!.body).toEqual({ phone: '5678', answers: expected });
    expect(Object.values(expected).every((l) => (SATISFACTION_LEVELS as readonly string[]).includes(l))).toBe(true);
    expect(await screen.findByTestId('rating-done')).toBeTruthy();
  });

  it('says the dossier was already rated (or has no result) on 409, with the server detail', async () => {
    routeFetch(fetchMock, {
      [`/api/v1/dossiers/ratings/${CODE}`]: () =>
        problem(409, 'Conflict', { detail: 'Dossier H99.X01-260220-0001 has already been rated.' }),
    });
    render();
    await answerAll();
    fireEvent.change(screen.getByTestId('rating-phone'), { target: { value: '5678' } });
    fireEvent.click(screen.getByTestId('rating-submit'));
    const alert = await screen.findByTestId('rating-already');
    expect(alert.textContent).toContain('Hồ sơ này đã được đánh giá, hoặc chưa có kết quả để đánh giá.');
    expect(alert.textContent).toContain('has already been rated');
    expect(screen.queryByTestId('rating-done')).toBeNull();
  });

  it('on a phone asks the 12 questions as a numbered list with the answers stacked, no table', async () => {
    usePhone();
    let posted: unknown;
    routeFetch(fetchMock, {
      [`/api/v1/dossiers/ratings/${CODE}`]: (_url, init) => {
        posted = JSON.parse(String(init?.body));
        return json({}, 201);
      },
    });
    render();
    const list = await screen.findByTestId('rating-criteria');
    expect(list.tagName).toBe('OL');
    expect(document.querySelector('table')).toBeNull();
    expect(within(list).getAllByRole('listitem')).toHaveLength(12);
    const groups = within(list).getAllByRole('radiogroup');
    expect(groups).toHaveLength(12);
    expect(groups[0].className).toContain('vertical');
    expect(within(list).getByText(/^1\. /).textContent).toContain('1. ');
    await answerAll();
    fireEvent.change(screen.getByTestId('rating-phone'), { target: { value: '5678' } });
    fireEvent.click(screen.getByTestId('rating-submit'));
    await screen.findByTestId('rating-done');
    expect((posted as { phone: string }).phone).toBe('5678');
    expect(Object.keys((posted as { answers: object }).answers)).toHaveLength(12);
  });
});

describe('RatingPage and a dossier already rated (issue 17)', () => {
  const tracked = {
    code: CODE,
    procedureName: 'Đăng ký khai sinh',
    status: 'RETURNED',
    statusCode: 10,
    history: [],
  };

  it('says so as soon as the phone digits are typed, before any question, and sends nothing', async () => {
    const asked: string[] = [];
    routeFetch(fetchMock, {
      [`/api/v1/dossiers/tracking/${CODE}`]: (url) => {
        asked.push(url);
        return json({ ...tracked, rated: true });
      },
    });
    render();
    const phone = await screen.findByTestId('rating-phone');
    // the phone comes first, above the questions
    expect(
      phone.compareDocumentPosition(screen.getByTestId('rating-criteria')) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    fireEvent.change(phone, { target: { value: '5678' } });
    const alert = await screen.findByTestId('rating-rated-before');
    expect(alert.textContent).toContain('Hồ sơ này đã được đánh giá; mỗi hồ sơ chỉ được đánh giá một lần.');
    expect(asked).toEqual([`/api/v1/dossiers/tracking/${CODE}?phone=5678`]);
    expect(screen.getByTestId('rating-criteria').closest('[hidden]')).not.toBeNull();
    expect((screen.getByTestId('rating-submit') as HTMLButtonElement).disabled).toBe(true);
  });

  it('keeps the questions for a dossier not rated yet', async () => {
    routeFetch(fetchMock, { [`/api/v1/dossiers/tracking/${CODE}`]: () => json({ ...tracked, rated: false }) });
    render();
    fireEvent.change(await screen.findByTestId('rating-phone'), { target: { value: '5678' } });
    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    expect(screen.queryByTestId('rating-rated-before')).toBeNull();
    expect(screen.getByTestId('rating-criteria').closest('[hidden]')).toBeNull();
    expect((screen.getByTestId('rating-submit') as HTMLButtonElement).disabled).toBe(false);
  });

  it('tells a signed-in citizen at once that her own dossier is rated, without the 12 questions', async () => {
    routeFetch(fetchMock, { [`/api/v1/dossiers/mine/${CODE}`]: () => json({ ...tracked, rated: true }) });
    renderPage(<RatingPage />, {
      path: `/danh-gia/${CODE}?cua-toi=1`,
      route: '/danh-gia/:code',
      auth: loggedIn('citizen', ['citizen'], undefined),
    });
    const done = await screen.findByTestId('rating-rated-before');
    expect(done.textContent).toContain('Hồ sơ này đã được đánh giá');
    expect(screen.queryByTestId('rating-criteria')).toBeNull();
    expect(screen.queryByTestId('rating-submit')).toBeNull();
  });
});

import { inspectionRights } from '../../api/inspections';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18n from '../../i18n';
import type { ContentGroupView } from '../../api/inspections';
import { toGroupInput, toItemInput } from '../../components/inspections/ContentGroupsAdmin';
import { json, loggedIn, paged, problem, renderPage, routeFetch } from '../../test/render';
import InspectionsRoutes from './InspectionsRoutes';
import { API, calls } from './fixtures';
import { pickDate } from '../../test/dates';

const fetchMock = vi.fn<typeof fetch>();
beforeEach(async () => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  await i18n.changeLanguage('vi');
});
afterEach(() => vi.unstubAllGlobals());

// content groups are national data: only national-admin edits them (docs/security.md)
const admin = () => loggedIn('national', ['national-admin']);
const at = (auth = admin(), path = '/kiem-tra') =>
  renderPage(<InspectionsRoutes />, { path, route: '/kiem-tra/*', auth });
const sent = (method: string, path: string) =>
  calls(fetchMock).filter((c) => c.method === method && c.url.startsWith(path));
const GROUPS = `${API}/content-groups`;

function groups(): ContentGroupView[] {
  return [
    {
      code: 'CHI_DAO_DIEU_HANH',
      nameVi: 'Công tác chỉ đạo, điều hành cải cách hành chính',
      nameEn: 'Direction and management',
      sortOrder: 1,
      validFrom: '2026-01-01',
      validTo: null,
      items: [
        {
          id: 11,
          groupCode: 'CHI_DAO_DIEU_HANH',
          code: 'KE_HOACH_NAM',
          textVi: 'Ban hành kế hoạch CCHC năm đúng hạn',
          sortOrder: 1,
          validFrom: '2026-01-01',
          validTo: null,
        },
        {
          id: 12,
          groupCode: 'CHI_DAO_DIEU_HANH',
          code: 'BAO_CAO_QUY',
          textVi: 'Báo cáo CCHC hằng quý',
          sortOrder: 2,
          validFrom: '2026-01-01',
          validTo: '2026-12-31',
        },
      ],
    },
    {
      code: 'TTHC_MOT_CUA',
      nameVi: 'Cải cách thủ tục hành chính',
      nameEn: 'Procedures',
      sortOrder: 3,
      validFrom: '2026-01-01',
      validTo: null,
      items: [],
    },
  ];
}

/** Types into an antd field by its test id (the input itself or the one inside the wrapper). */
function type(scope: HTMLElement, testId: string, value: string) {
  const el = within(scope).getByTestId(testId);
  const input = el.matches('input, textarea') ? el : (el.querySelector('input, textarea') as HTMLElement);
  fireEvent.change(input, { target: { value } });
}

/** The error text antd shows under the form item holding `testId`. */
async function fieldError(scope: HTMLElement, testId: string) {
  const item = within(scope).getByTestId(testId).closest('.ant-form-item') as HTMLElement;
  await waitFor(() => expect(item.querySelector('.ant-form-item-explain-error')).not.toBeNull());
  return item.querySelector('.ant-form-item-explain-error')!.textContent;
}

describe('content group form values', () => {
  it('trims texts and sends empty optional dates as null', () => {
    expect(
      toGroupInput({
        code: ' ABC ',
        nameVi: ' Tên ',
        nameEn: 'Name',
        sortOrder: 2,
        validFrom: '2026-01-01',
        validTo: '',
      }),
    ).toEqual({
      code: 'ABC',
      nameVi: 'Tên',
      nameEn: 'Name',
      sortOrder: 2,
      validFrom: '2026-01-01',
      validTo: null,
    });
    expect(toItemInput({ code: 'X1', textVi: 'Nội dung', sortOrder: 0, validFrom: '', validTo: '2026-06-30' })).toEqual(
      {
        code: 'X1',
        textVi: 'Nội dung',
        sortOrder: 0,
        validFrom: null,
        validTo: '2026-06-30',
      },
    );
  });
});

describe('Content groups admin (InspectionsHomePage)', () => {
  it('lists the groups with their items, by date', async () => {
    routeFetch(fetchMock, { [GROUPS]: () => json(groups()) });
    at();
    const items = await screen.findByTestId('items-table-CHI_DAO_DIEU_HANH');
    expect(sent('GET', GROUPS)[0].url).toBe(GROUPS);
    expect(items.textContent).toContain('Ban hành kế hoạch CCHC năm đúng hạn');
    expect(within(items).getByTestId('item-retiring').textContent).toBe('Hết hiệu lực sau 31/12/2026');
    expect(screen.getByTestId('items-table-TTHC_MOT_CUA').textContent).toContain(
      'Nhóm chưa có tiêu chí nào còn hiệu lực vào ngày này.',
    );
    const table = screen.getByTestId('content-groups-table');
    expect(table.textContent).toContain('Direction and management');
    expect(table.textContent).toContain('Từ 01/01/2026');

    pickDate(screen.getByTestId('content-groups-date'), '15/01/2027');
    await waitFor(() => expect(sent('GET', `${GROUPS}?date=2027-01-15`)).toHaveLength(1));
  });

  it('creates a group: 400 violations on the fields, 409 in the alert, then saved', async () => {
    let attempt = 0;
    routeFetch(fetchMock, {
      [GROUPS]: (_url, init) => {
        if ((init?.method ?? 'GET') === 'GET') return json(groups());
        attempt++;
        if (attempt === 1) {
          return problem(400, 'Bad Request', {
            detail: 'validTo: must not be before validFrom',
            violations: [{ field: 'validTo', rule: 'notBeforeValidFrom', message: 'must not be before validFrom' }],
          });
        }
        if (attempt === 2) return problem(409, 'Conflict', { detail: 'content group CONG_CHUC exists' });
        return json({ ...groups()[1], code: 'CONG_CHUC', nameVi: 'Cải cách chế độ công vụ', items: [] }, 201);
      },
    });
    at();
    await screen.findByTestId('items-table-CHI_DAO_DIEU_HANH');
    fireEvent.click(screen.getByTestId('group-create'));
    const form = await screen.findByTestId('group-form');
    // the next order is proposed
    expect(
      (
        within(form).getByTestId('group-order').querySelector('input') ?? within(form).getByTestId('group-order')
      ).getAttribute('value'),
    ).toBe('4');

    // client checks first: nothing sent with a bad code
    type(form, 'group-code', 'cong chuc');
    fireEvent.click(screen.getByTestId('group-save'));
    expect(await fieldError(form, 'group-code')).toBe(
      'Mã chỉ gồm chữ in hoa A–Z, chữ số và dấu gạch dưới, từ 2 đến 40 ký tự',
    );
    expect(sent('POST', GROUPS)).toHaveLength(0);

    type(form, 'group-code', 'CONG_CHUC');
    type(form, 'group-name-vi', 'Cải cách chế độ công vụ');
    type(form, 'group-name-en', 'Civil service reform');
    pickDate(within(form).getByTestId('group-valid-from'), '01/07/2026');
    pickDate(within(form).getByTestId('group-valid-to'), '30/06/2026');
    fireEvent.click(screen.getByTestId('group-save'));

    await waitFor(() => expect(sent('POST', GROUPS)).toHaveLength(1));
    expect(sent('POST', GROUPS)[0].body).toEqual({
      code: 'CONG_CHUC',
      nameVi: 'Cải cách chế độ công vụ',
      nameEn: 'Civil service reform',
      sortOrder: 4,
      validFrom: '2026-07-01',
      validTo: '2026-06-30',
    });
    expect(await fieldError(form, 'group-valid-to')).toBe('must not be before validFrom');

    pickDate(within(form).getByTestId('group-valid-to'), '');
    fireEvent.click(screen.getByTestId('group-save'));
    await waitFor(() => expect(sent('POST', GROUPS)).toHaveLength(2));
    expect((sent('POST', GROUPS)[1].body as { validTo: unknown }).validTo).toBeNull();
    expect((await within(form).findByTestId('api-error')).textContent).toContain('content group CONG_CHUC exists');

    const gets = sent('GET', GROUPS).length;
    fireEvent.click(screen.getByTestId('group-save'));
    await waitFor(() => expect(screen.queryByTestId('group-form')).toBeNull());
    expect(await screen.findByText('Đã thêm nhóm CONG_CHUC')).toBeTruthy();
    await waitFor(() => expect(sent('GET', GROUPS).length).toBeGreaterThan(gets));
  });

  it('edits a group with PUT (the code cannot change) and retires it with validTo', async () => {
    routeFetch(fetchMock, {
      [GROUPS]: (_url, init) =>
        init?.method === 'PUT' ? json({ ...groups()[0], validTo: '2026-12-31' }) : json(groups()),
    });
    at();
    fireEvent.click(await screen.findByTestId('group-edit-CHI_DAO_DIEU_HANH'));
    const form = await screen.findByTestId('group-form');
    expect(screen.getByText('Sửa nhóm CHI_DAO_DIEU_HANH')).toBeTruthy();
    expect(within(form).getByTestId('group-code').hasAttribute('disabled')).toBe(true);
    await waitFor(() =>
      expect((within(form).getByTestId('group-name-vi') as HTMLInputElement).value).toBe(
        'Công tác chỉ đạo, điều hành cải cách hành chính',
      ),
    );
    type(form, 'group-name-en', 'Direction');
    pickDate(within(form).getByTestId('group-valid-to'), '31/12/2026');
    fireEvent.click(screen.getByTestId('group-save'));

    await waitFor(() => expect(sent('PUT', `${GROUPS}/CHI_DAO_DIEU_HANH`)).toHaveLength(1));
    expect(sent('PUT', `${GROUPS}/CHI_DAO_DIEU_HANH`)[0].body).toEqual({
      code: 'CHI_DAO_DIEU_HANH',
      nameVi: 'Công tác chỉ đạo, điều hành cải cách hành chính',
      nameEn: 'Direction',
      sortOrder: 1,
      validFrom: '2026-01-01',
      validTo: '2026-12-31',
    });
    await waitFor(() => expect(screen.queryByTestId('group-form')).toBeNull());
  });

  it('adds an item (409 when the code exists, 400 on the fields) to a group', async () => {
    let attempt = 0;
    routeFetch(fetchMock, {
      [GROUPS]: () => json(groups()),
      [`${GROUPS}/TTHC_MOT_CUA/items`]: () => {
        attempt++;
        if (attempt === 1)
          return problem(400, 'Bad Request', {
            violations: [{ field: 'textVi', rule: 'Size', message: 'size must be between 0 and 1000' }],
          });
        if (attempt === 2)
          return problem(409, 'Conflict', { detail: 'checklist item CONG_KHAI_TTHC exists in TTHC_MOT_CUA' });
        return json(
          {
            id: 30,
            groupCode: 'TTHC_MOT_CUA',
            code: 'CONG_KHAI_TTHC',
            textVi: 'Công khai thủ tục hành chính',
            sortOrder: 1,
            validFrom: '2026-01-01',
            validTo: null,
          },
          201,
        );
      },
    });
    at();
    fireEvent.click(await screen.findByTestId('item-add-TTHC_MOT_CUA'));
    const form = await screen.findByTestId('item-form');
    expect(screen.getByText('Thêm tiêu chí vào nhóm TTHC_MOT_CUA')).toBeTruthy();
    type(form, 'item-code', 'CONG_KHAI_TTHC');
    type(form, 'item-text', 'Công khai thủ tục hành chính');
    fireEvent.click(screen.getByTestId('item-save'));

    await waitFor(() => expect(sent('POST', `${GROUPS}/TTHC_MOT_CUA/items`)).toHaveLength(1));
    expect(sent('POST', `${GROUPS}/TTHC_MOT_CUA/items`)[0].body).toEqual({
      code: 'CONG_KHAI_TTHC',
      textVi: 'Công khai thủ tục hành chính',
      sortOrder: 1,
      validFrom: null,
      validTo: null,
    });
    expect(await fieldError(form, 'item-text')).toBe('size must be between 0 and 1000');

    fireEvent.click(screen.getByTestId('item-save'));
    await waitFor(() =>
      expect(within(form).getByTestId('api-error').textContent).toContain(
        'checklist item CONG_KHAI_TTHC exists in TTHC_MOT_CUA',
      ),
    );
    expect(within(form).getByTestId('api-error').textContent).toContain('409');

    fireEvent.click(screen.getByTestId('item-save'));
    await waitFor(() => expect(screen.queryByTestId('item-form')).toBeNull());
    expect(await screen.findByText('Đã thêm tiêu chí CONG_KHAI_TTHC')).toBeTruthy();
  });

  it('edits and retires an item with PUT …/items/{id}', async () => {
    routeFetch(fetchMock, {
      [GROUPS]: () => json(groups()),
      [`${GROUPS}/CHI_DAO_DIEU_HANH/items/11`]: (_url, init) =>
        json({ ...groups()[0].items[0], ...JSON.parse(String(init?.body)) }),
    });
    at();
    fireEvent.click(await screen.findByTestId('item-edit-11'));
    let form = await screen.findByTestId('item-form');
    expect(within(form).getByTestId('item-code').hasAttribute('disabled')).toBe(true);
    await waitFor(() =>
      expect((within(form).getByTestId('item-text') as HTMLTextAreaElement).value).toBe(
        'Ban hành kế hoạch CCHC năm đúng hạn',
      ),
    );
    type(form, 'item-text', 'Ban hành kế hoạch CCHC năm trước ngày 31/12');
    type(form, 'item-order', '5');
    fireEvent.click(screen.getByTestId('item-save'));
    await waitFor(() => expect(sent('PUT', `${GROUPS}/CHI_DAO_DIEU_HANH/items/11`)).toHaveLength(1));
    expect(sent('PUT', `${GROUPS}/CHI_DAO_DIEU_HANH/items/11`)[0].body).toEqual({
      code: 'KE_HOACH_NAM',
      textVi: 'Ban hành kế hoạch CCHC năm trước ngày 31/12',
      sortOrder: 5,
      validFrom: '2026-01-01',
      validTo: null,
    });
    await waitFor(() => expect(screen.queryByTestId('item-form')).toBeNull());

    fireEvent.click(screen.getByTestId('item-retire-11'));
    form = await screen.findByTestId('item-form');
    expect(screen.getByText('Ngừng áp dụng tiêu chí KE_HOACH_NAM')).toBeTruthy();
    expect(within(form).getByTestId('retire-item-text').textContent).toContain('Ban hành kế hoạch CCHC năm đúng hạn');
    pickDate(within(form).getByTestId('item-valid-to'), '30/06/2026');
    fireEvent.click(screen.getByTestId('item-save'));
    await waitFor(() => expect(sent('PUT', `${GROUPS}/CHI_DAO_DIEU_HANH/items/11`)).toHaveLength(2));
    expect(sent('PUT', `${GROUPS}/CHI_DAO_DIEU_HANH/items/11`)[1].body).toEqual({
      code: 'KE_HOACH_NAM',
      textVi: 'Ban hành kế hoạch CCHC năm đúng hạn',
      sortOrder: 1,
      validFrom: '2026-01-01',
      validTo: '2026-06-30',
    });
    await waitFor(() => expect(screen.queryByTestId('item-form')).toBeNull());
  });

  it('is for the national admin only: province admins, inspectors and leaders neither see nor load the catalogue', async () => {
    routeFetch(fetchMock, {
      [GROUPS]: () => json(groups()),
      [`${API}/plans`]: () => paged([]),
      [API]: () => paged([]),
    });
    const { unmount } = at(loggedIn('inspector', ['inspector'], 'H99.SNV'));
    await screen.findByTestId('plans-table');
    expect(screen.queryByTestId('content-groups-admin')).toBeNull();
    expect(screen.queryByTestId('group-create')).toBeNull();
    unmount();

    at(loggedIn('leader', ['leader'], 'H99.X01'));
    await screen.findByTestId('inspections-table');
    expect(screen.queryByTestId('content-groups-admin')).toBeNull();
    expect(sent('GET', GROUPS)).toHaveLength(0);
    // a province admin does not edit national data
    expect(inspectionRights(['admin']).admin).toBe(false);
    expect(inspectionRights(['national-admin']).admin).toBe(true);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18n from '../../i18n';
import type { CriteriaSetDetail, TreeCheck } from '../../api/parIndex';
import { json, loggedIn, problem, renderPage, routeFetch } from '../../test/render';
import ParIndexRoutes from './ParIndexRoutes';

const SETS = '/api/v1/par-index/criteria-sets';
const set = (status = 'DRAFT'): CriteriaSetDetail => ({
  set: {
    id: 3,
    code: 'PAR-XA-2025',
    name: 'Bộ chỉ số CCHC cấp xã 2025',
    year: 2025,
    level: 'COMMUNE',
    province: 'H99',
    maxPoints: 10,
    status,
    sample: true,
  },
  nodeCount: 3,
  leafCount: 2,
  fields: [
    {
      code: '1',
      name: 'Công tác chỉ đạo, điều hành',
      maxPoints: 10,
      children: [
        {
          code: '1.1',
          name: 'Kế hoạch CCHC',
          maxPoints: 4,
          method: 'SELF_APPRAISED',
          rule: { type: 'MANUAL' },
          children: [],
        },
        {
          code: '1.2',
          name: 'Tỷ lệ hồ sơ đúng hạn',
          maxPoints: 6,
          method: 'AUTOMATIC',
          indicatorKey: 'DOSSIER_ON_TIME_RATE',
          rule: { type: 'QUANTITATIVE', target: 100, proportional: true },
          children: [],
        },
      ],
    },
  ],
});

/** Recorded answers of `POST /tree-check` (the server's CriteriaTree check): the loaded tree is right. */
const TREE_OK: TreeCheck = { ok: true, fieldsTotal: 10, maxPoints: 10, problems: [], problemCount: 0, notCounted: [] };
/** 1.1 raised to 6 with a new 1.3 of 0 points: 1's children add up to 12. */
const TREE_12: TreeCheck = {
  ok: false,
  fieldsTotal: 10,
  maxPoints: 10,
  problems: [
    {
      field: 'fields[0].maxPoints',
      rule: 'totals',
      message: 'the children of 1 add up to 12 points, its maximum is 10',
      code: '1',
      sum: 12,
      max: 10,
    },
  ],
  problemCount: 1,
  notCounted: [],
};
type Sent = { fields: { code: string; maxPoints: number; children: { code: string; maxPoints: number }[] }[] };
/** The recorded answer for a checked tree: TREE_12 once 1.1 has 6 points, else TREE_OK. */
const treeAnswer = (init?: RequestInit) =>
  json((JSON.parse(String(init!.body)) as Sent).fields[0].children[0].maxPoints === 6 ? TREE_12 : TREE_OK);

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

const render = (roles = ['admin'], path = '/chi-so/bo-tieu-chi/3') =>
  renderPage(<ParIndexRoutes />, { path, route: '/chi-so/*', auth: loggedIn(roles[0], roles, 'H99') });

describe('CriteriaSetEditorPage', () => {
  it("shows the server's check of the tree, asks it again as the admin edits (debounced), and saves the tree with PUT", async () => {
    const sent: { url: string; method: string; body: unknown }[] = [];
    const checked: Sent[] = [];
    routeFetch(fetchMock, {
      [`${SETS}/3/tree-check`]: (_url, init) => {
        checked.push(JSON.parse(String(init!.body)) as Sent);
        return treeAnswer(init);
      },
      [`${SETS}/3/tree`]: (url, init) => {
        sent.push({ url, method: init!.method!, body: JSON.parse(String(init!.body)) });
        return problem(400, 'Bad Request', {
          violations: [
            {
              field: 'fields[0].maxPoints',
              rule: 'totals',
              message: 'the children of 1 add up to 12 points, its maximum is 10',
            },
          ],
        });
      },
      [`${SETS}/3`]: () => json(set()),
    });
    render();
    const tree = await screen.findByTestId('criteria-tree-editor');
    expect([...tree.querySelectorAll('[data-testid="tree-node"]')].map((n) => n.getAttribute('data-code'))).toEqual([
      '1',
      '1.1',
      '1.2',
    ]);
    await waitFor(() => expect(screen.getByTestId('totals-check').getAttribute('data-ok')).toBe('true'));
    expect(screen.getByTestId('totals-check').textContent).toContain('10/10');
    expect(checked).toHaveLength(1);
    expect(checked[0].fields[0].children.map((c) => [c.code, c.maxPoints])).toEqual([
      ['1.1', 4],
      ['1.2', 6],
    ]);

    // the first field is selected: add a child → 1.3 with 0 points, then select 1.1 and raise it to 6
    fireEvent.click(screen.getByTestId('tree-add-child'));
    await waitFor(() => expect(tree.querySelector('[data-code="1.3"]')).toBeTruthy());
    fireEvent.click(within(tree).getByText('1.1. Kế hoạch CCHC'));
    const editor = await screen.findByTestId('node-editor');
    await waitFor(() => expect((within(editor).getByTestId('node-code') as HTMLInputElement).value).toBe('1.1'));
    fireEvent.change(within(editor).getByRole('spinbutton'), { target: { value: '6' } });
    await waitFor(() => expect(screen.getByTestId('totals-check').getAttribute('data-ok')).toBe('false'));
    // the server's numbers, in the user's language; the node it names is flagged in the tree
    expect(screen.getByTestId('totals-check').textContent).toContain(
      'Tiêu chí 1: các tiêu chí con cộng lại 12 điểm, điểm tối đa là 10.',
    );
    // the tree's flags may come one render after the message (a loaded machine showed it): wait for them
    await waitFor(() => expect(tree.querySelector('[data-code="1"]')!.getAttribute('data-bad')).toBe('true'));
    expect(tree.querySelector('[data-code="1.1"]')!.getAttribute('data-bad')).toBeNull();
    // typing settles before the server is asked: the edits are checked together, not one request per keystroke
    expect(checked.length).toBeLessThanOrEqual(3);
    expect(checked.at(-1)!.fields[0].children.map((c) => [c.code, c.maxPoints])).toEqual([
      ['1.1', 6],
      ['1.2', 6],
      ['1.3', 0],
    ]);

    fireEvent.click(screen.getByTestId('tree-save'));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0].method).toBe('PUT');
    const body = sent[0].body as {
      fields: {
        code: string;
        maxPoints: number;
        method: unknown;
        children: { code: string; maxPoints: number; indicatorKey?: string | null; rule: unknown }[];
      }[];
    };
    expect(body).toEqual(checked.at(-1)); // the check saw what the save sends
    expect(body.fields[0]).toMatchObject({ code: '1', maxPoints: 10, method: null });
    expect(body.fields[0].children.map((c) => [c.code, c.maxPoints])).toEqual([
      ['1.1', 6],
      ['1.2', 6],
      ['1.3', 0],
    ]);
    expect(body.fields[0].children[1]).toMatchObject({
      indicatorKey: 'DOSSIER_ON_TIME_RATE',
      rule: { type: 'QUANTITATIVE', target: 100, proportional: true },
    });
    // the server's 400 names the node
    expect((await screen.findByTestId('problem-violations')).textContent).toContain(
      'the children of 1 add up to 12 points',
    );
  });

  it('marks the nodes the server does not count, translates its problems by rule code, and shows a body it refuses', async () => {
    let answer: () => Response = () =>
      json({
        ...TREE_OK,
        ok: false,
        problems: [
          {
            field: 'fields[0].children[1].indicatorKey',
            rule: 'indicatorKey',
            message: 'an automatic criterion needs one of the indicator keys',
            code: '1.2',
          },
          {
            field: 'fields[0].children[0].rule.x',
            rule: 'futureRule',
            message: 'a rule this SPA does not know',
            code: '1.1',
          },
        ],
        problemCount: 2,
        notCounted: ['1.2'],
      });
    routeFetch(fetchMock, { [`${SETS}/3/tree-check`]: () => answer(), [`${SETS}/3`]: () => json(set()) });
    render();
    const tree = await screen.findByTestId('criteria-tree-editor');
    await waitFor(() => expect(screen.getByTestId('totals-check').getAttribute('data-ok')).toBe('false'));
    const check = screen.getByTestId('totals-check');
    expect(check.querySelector('[data-rule="indicatorKey"]')!.textContent).toBe(
      'Tiêu chí 1.2: cần mã chỉ số tự động hoặc mã câu hỏi khảo sát.',
    );
    expect(check.querySelector('[data-rule="futureRule"]')!.textContent).toBe('a rule this SPA does not know');
    fireEvent.click(within(tree).getByText('1.2. Tỷ lệ hồ sơ đúng hạn'));
    await waitFor(() => expect(screen.getByTestId('node-not-counted').textContent).toContain('không tính vào tổng'));
    fireEvent.click(within(tree).getByText('1.1. Kế hoạch CCHC'));
    await waitFor(() => expect((screen.getByTestId('node-code') as HTMLInputElement).value).toBe('1.1'));
    expect(screen.queryByTestId('node-not-counted')).toBeNull();

    // a body the save would refuse (a blank name): the server's 400 is shown in place of the totals
    answer = () =>
      problem(400, 'Bad Request', {
        violations: [{ field: 'fields[0].children[0].name', rule: 'notBlank', message: 'must not be blank' }],
      });
    fireEvent.change(screen.getByTestId('node-name'), { target: { value: '' } });
    await waitFor(() =>
      expect(screen.getByTestId('totals-check').textContent).toContain('Máy chủ chưa kiểm tra được cây tiêu chí'),
    );
    expect(screen.getByTestId('totals-check').textContent).toContain('must not be blank');
  });

  it('is read-only for other roles and for an active set; exports JSON and Excel', async () => {
    const exports: string[] = [];
    routeFetch(fetchMock, {
      [`${SETS}/3/export`]: (url) => {
        exports.push(url);
        return new Response(new Uint8Array([1]), { headers: { 'content-type': 'application/octet-stream' } });
      },
      [`${SETS}/3`]: () => json(set('ACTIVE')),
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(['appraiser']);
    await screen.findByTestId('criteria-tree-editor');
    expect(screen.queryByTestId('tree-save')).toBeNull();
    expect(screen.queryByTestId('set-activate')).toBeNull();
    expect(screen.queryByTestId('set-retire')).toBeNull();
    expect(screen.getByText('Chỉ xem: chỉ quản trị viên sửa được bộ tiêu chí ở trạng thái dự thảo.')).toBeTruthy();
    expect((screen.getByTestId('node-code') as HTMLInputElement).disabled).toBe(true);
    // the tree check is for those who may save the tree: not asked, not shown
    expect(screen.queryByTestId('totals-check')).toBeNull();
    expect(fetchMock.mock.calls.map(([u]) => String(u)).filter((u) => u.includes('tree-check'))).toEqual([]);
    fireEvent.click(screen.getByTestId('set-export-xlsx'));
    await waitFor(() => expect(click).toHaveBeenCalled());
    expect(exports).toEqual([`${SETS}/3/export?format=xlsx`]);
  });

  it('activates a draft set (admin); a 409 is shown', async () => {
    const posted: string[] = [];
    routeFetch(fetchMock, {
      [`${SETS}/3/activate`]: (url, init) => {
        posted.push(`${init!.method} ${url}`);
        return problem(409, 'Conflict', { detail: 'Only a DRAFT set can be activated; set PAR-XA-2025 is ACTIVE.' });
      },
      [`${SETS}/3/tree-check`]: (_url, init) => treeAnswer(init),
      [`${SETS}/3`]: () => json(set()),
    });
    render();
    fireEvent.click(await screen.findByTestId('set-activate'));
    expect((await screen.findByTestId('api-error')).textContent).toContain('Only a DRAFT set can be activated');
    expect(posted).toEqual([`POST ${SETS}/3/activate`]);
  });
});

describe('CriteriaSetsPage', () => {
  it('lists sets; the admin imports an Excel file with its Content-Type', async () => {
    const imported: { type?: string; body: unknown }[] = [];
    routeFetch(fetchMock, {
      [`${SETS}/import`]: (_url, init) => {
        imported.push({ type: (init!.headers as Record<string, string>)['Content-Type'], body: init!.body });
        return json({ ...set().set, id: 9, code: 'PAR-NHAP' }, 201);
      },
      [`${SETS}/9`]: () => json({ ...set(), set: { ...set().set, id: 9, code: 'PAR-NHAP' } }),
      [SETS]: () => json({ items: [set().set], page: 0, size: 100, total: 1 }),
    });
    render(['admin'], '/chi-so/bo-tieu-chi');
    const table = await screen.findByTestId('criteria-sets-table');
    await waitFor(() => expect(within(table).getByText('PAR-XA-2025')).toBeTruthy());
    expect(within(table).getByTestId('set-status').textContent).toBe('Dự thảo');
    const file = new File(['x'], 'bo-tieu-chi.xlsx');
    fireEvent.change(document.querySelector('input[type="file"]')!, { target: { files: [file] } });
    await waitFor(() => expect(imported).toHaveLength(1));
    expect(imported[0].type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(imported[0].body).toBe(file);
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/chi-so/bo-tieu-chi/9'));
  });

  it('offers create and import to admins only', async () => {
    routeFetch(fetchMock, { [SETS]: () => json({ items: [], page: 0, size: 100, total: 0 }) });
    render(['leader'], '/chi-so/bo-tieu-chi');
    await screen.findByTestId('criteria-sets-table');
    expect(screen.queryByTestId('set-create')).toBeNull();
    expect(screen.queryByTestId('set-import')).toBeNull();
  });
});

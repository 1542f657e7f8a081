/**
 * Navigation of a PAR criteria tree table (self-assessment, appraisal): a hanging indent per level so that a long
 * name wraps under its own indent (not under the expand icon of the row), collapse-all / expand-all, and a jump to a
 * criterion by code or name that opens its parents, scrolls to its row and marks it.
 */
import { Button, Select, Space } from 'antd';
import type { TableProps } from 'antd';
import { useEffect, useMemo, useRef, useState, type Key, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { allRows, ancestorKeys, innerKeys, type TreeRow } from './treeRows';

/** Indent of one level, in px. */
export const INDENT = 20;

/** Lower case without Vietnamese diacritics (đ → d), to match what is typed with or without them. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

export interface CriteriaTree<T> {
  expanded: readonly Key[];
  toggle: (key: string) => void;
  expandAll: () => void;
  collapseAll: () => void;
  jump: (key: string) => void;
  jumped?: string;
  /** The table's props for the tree: controlled expansion without antd's own icon and indent. */
  tableProps: Pick<TableProps<TreeRow<T>>, 'expandable' | 'rowClassName'>;
  rows: TreeRow<T>[];
}

export function useCriteriaTree<T>(rows: TreeRow<T>[]): CriteriaTree<T> {
  const all = useMemo(() => innerKeys(rows), [rows]);
  // null: everything open (the default when the tree loads)
  const [open, setOpen] = useState<readonly Key[] | null>(null);
  const [jumped, setJumped] = useState<string>();
  const expanded = open ?? all;

  return {
    expanded,
    rows,
    jumped,
    toggle: (key) => setOpen(expanded.includes(key) ? expanded.filter((k) => k !== key) : [...expanded, key]),
    expandAll: () => setOpen(all),
    collapseAll: () => setOpen([]),
    jump: (key) => {
      const above = ancestorKeys(rows, key);
      if (!above) return;
      setOpen([...new Set([...expanded, ...above])]);
      setJumped(key);
    },
    tableProps: {
      expandable: {
        expandedRowKeys: expanded as Key[],
        onExpandedRowsChange: (keys) => setOpen([...keys]),
        expandIcon: () => null,
        indentSize: 0,
      },
      rowClassName: (r) => (r.key === jumped ? 'criteria-row-jumped' : ''),
    },
  };
}

/** Holds the tree's table: scrolls to the row jumped to, once it is shown, and gives it the focus. */
export function CriteriaTreeBox<T>({ tree, children }: { tree: CriteriaTree<T>; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const { jumped, expanded } = tree;
  useEffect(() => {
    if (!jumped) return;
    const row = [...(box.current?.querySelectorAll('tr[data-row-key]') ?? [])].find(
      (tr) => tr.getAttribute('data-row-key') === jumped,
    );
    row?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    (row?.querySelector('[data-testid="tree-toggle"], button, a') as HTMLElement | null)?.focus?.({
      preventScroll: true,
    });
  }, [jumped, expanded]);
  return <div ref={box}>{children}</div>;
}

/** The first cell of a row: its toggle (inner rows) and its content, indented by level as one block. */
export function TreeCell<T>({ tree, row, children }: { tree: CriteriaTree<T>; row: TreeRow<T>; children: ReactNode }) {
  const { t } = useTranslation();
  const open = tree.expanded.includes(row.key);
  return (
    <div className="criteria-cell" style={{ paddingLeft: (row.depth ?? 0) * INDENT }} data-depth={row.depth ?? 0}>
      {row.leaf ? (
        <span className="criteria-cell-toggle" aria-hidden />
      ) : (
        <button
          type="button"
          className="criteria-cell-toggle"
          data-testid="tree-toggle"
          aria-expanded={open}
          aria-label={t(open ? 'parIndex.tree.collapseOne' : 'parIndex.tree.expandOne', { code: row.key })}
          onClick={() => tree.toggle(row.key)}
        >
          {open ? '▾' : '▸'}
        </button>
      )}
      <div className="criteria-cell-body">{children}</div>
    </div>
  );
}

/** Collapse all, expand all, and the jump to a criterion (searched by code or name, with or without diacritics). */
export function CriteriaTreeToolbar<T extends { code: string; name: string }>({ tree }: { tree: CriteriaTree<T> }) {
  const { t } = useTranslation();
  const options = useMemo(
    () => allRows(tree.rows).map((r) => ({ value: r.key, label: `${r.node.code} — ${r.node.name}` })),
    [tree.rows],
  );
  return (
    <Space wrap data-testid="criteria-tree-tools">
      <Button size="small" data-testid="tree-expand-all" onClick={tree.expandAll}>
        {t('parIndex.tree.expandAll')}
      </Button>
      <Button size="small" data-testid="tree-collapse-all" onClick={tree.collapseAll}>
        {t('parIndex.tree.collapseAll')}
      </Button>
      <Select
        size="small"
        data-testid="tree-jump"
        aria-label={t('parIndex.tree.jump')}
        placeholder={t('parIndex.tree.jump')}
        style={{ width: 360, maxWidth: '100%' }}
        value={null}
        showSearch={{ filterOption: (input, option) => fold(String(option?.label ?? '')).includes(fold(input)) }}
        options={options}
        onChange={(key: string) => tree.jump(key)}
        popupMatchSelectWidth={false}
      />
    </Space>
  );
}

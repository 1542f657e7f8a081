/** A row of an antd tree table: leaves have no `children` (so no expand icon). */
export interface TreeRow<T> {
  key: string;
  node: T;
  leaf: boolean;
  /** 0 for a field, 1 for its criteria, … (the row's indent). */
  depth?: number;
  children?: TreeRow<T>[];
}

export function treeRows<T extends { code: string; children?: T[] | null }>(
  nodes: readonly T[],
  depth = 0,
): TreeRow<T>[] {
  return nodes.map((n) => {
    const kids = n.children ?? [];
    return kids.length
      ? { key: n.code, node: n, leaf: false, depth, children: treeRows(kids, depth + 1) }
      : { key: n.code, node: n, leaf: true, depth };
  });
}

/** Every row, depth first (the order of the table). */
export function allRows<T>(rows: TreeRow<T>[]): TreeRow<T>[] {
  return rows.flatMap((r) => [r, ...(r.children ? allRows(r.children) : [])]);
}

/** The keys of the rows above `key` (outermost first), or null when no row has that key. */
export function ancestorKeys<T>(rows: TreeRow<T>[], key: string): string[] | null {
  for (const r of rows) {
    if (r.key === key) return [];
    if (r.children) {
      const below = ancestorKeys(r.children, key);
      if (below) return [r.key, ...below];
    }
  }
  return null;
}

/** Keys of every row that has children (to expand the whole tree). */
export function innerKeys<T>(rows: TreeRow<T>[]): string[] {
  return rows.flatMap((r) => (r.children ? [r.key, ...innerKeys(r.children)] : []));
}

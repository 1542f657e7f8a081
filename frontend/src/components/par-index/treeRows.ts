/** A row of an antd tree table: leaves have no `children` (so no expand icon). */
export interface TreeRow<T> {
  key: string;
  node: T;
  leaf: boolean;
  children?: TreeRow<T>[];
}

export function treeRows<T extends { code: string; children?: T[] | null }>(nodes: readonly T[]): TreeRow<T>[] {
  return nodes.map((n) => {
    const kids = n.children ?? [];
    return kids.length
      ? { key: n.code, node: n, leaf: false, children: treeRows(kids) }
      : { key: n.code, node: n, leaf: true };
  });
}

/** Keys of every row that has children (to expand the whole tree). */
export function innerKeys<T>(rows: TreeRow<T>[]): string[] {
  return rows.flatMap((r) => (r.children ? [r.key, ...innerKeys(r.children)] : []));
}

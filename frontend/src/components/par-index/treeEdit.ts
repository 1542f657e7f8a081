import type { CriteriaNode, RuleType, ScoringRule } from '../../api/parIndex';

/** Where a node is: indices from the fields down. */
export type NodePath = readonly number[];

export const pathKey = (p: NodePath) => p.join('-');
export const keyPath = (k: string): number[] => (k === '' ? [] : k.split('-').map(Number));

export function nodeAt(fields: readonly CriteriaNode[], path: NodePath): CriteriaNode | undefined {
  let list = fields;
  let node: CriteriaNode | undefined;
  for (const i of path) {
    node = list[i];
    if (!node) return undefined;
    list = node.children ?? [];
  }
  return node;
}

/** The tree with the node at `path` replaced by `fn(node)`. */
export function updateAt(
  fields: readonly CriteriaNode[],
  path: NodePath,
  fn: (n: CriteriaNode) => CriteriaNode,
): CriteriaNode[] {
  const [i, ...rest] = path;
  return fields.map((n, j) =>
    j !== i ? n : rest.length ? { ...n, children: updateAt(n.children ?? [], rest, fn) } : fn(n),
  );
}

/** The tree without the node at `path`. */
export function removeAt(fields: readonly CriteriaNode[], path: NodePath): CriteriaNode[] {
  const [i, ...rest] = path;
  if (!rest.length) return fields.filter((_, j) => j !== i);
  return fields.map((n, j) => (j !== i ? n : { ...n, children: removeAt(n.children ?? [], rest) }));
}

/** A default rule of a type (parameters the service requires filled in). */
export function defaultRule(type: RuleType): ScoringRule {
  switch (type) {
    case 'QUANTITATIVE':
      return { type, target: 100, proportional: true, steps: [] };
    case 'COUNT':
    case 'BONUS':
    case 'PENALTY':
      return { type, pointsPerItem: 0.5 };
    default:
      return { type };
  }
}

/** A new node under `parentCode` (a field when null), coded after its siblings. */
export function newNode(parentCode: string | null, siblings: readonly CriteriaNode[], name: string): CriteriaNode {
  const prefix = parentCode ? `${parentCode}.` : '';
  const used = new Set(siblings.map((s) => s.code));
  let n = siblings.length + 1;
  while (used.has(`${prefix}${n}`)) n++;
  return {
    code: `${prefix}${n}`,
    name,
    maxPoints: 0,
    method: 'SELF_APPRAISED',
    indicatorKey: null,
    rule: { type: 'MANUAL' },
    sample: false,
    children: [],
  };
}

/** Adds a new child under `path` (a new field when `path` is null); answers the tree and the new node's path. */
export function addChild(
  fields: readonly CriteriaNode[],
  path: NodePath | null,
  name: string,
): { fields: CriteriaNode[]; path: number[] } {
  if (!path) {
    return { fields: [...fields, newNode(null, fields, name)], path: [fields.length] };
  }
  const parent = nodeAt(fields, path);
  if (!parent) return { fields: [...fields], path: [...path] };
  const kids = parent.children ?? [];
  return {
    fields: updateAt(fields, path, (n) => ({ ...n, children: [...kids, newNode(n.code, kids, name)] })),
    path: [...path, kids.length],
  };
}

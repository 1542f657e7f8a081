/** Client-side routes. The gateway must serve index.html for each of them (SPA fallback). */
export const ROUTES = {
  home: '/',
  procedures: '/thu-tuc',
  dossiers: '/ho-so',
  dossierCatalogue: '/ho-so/danh-muc-thu-tuc',
  inspections: '/kiem-tra',
  parIndex: '/chi-so',
  catalogueAdmin: '/quan-tri-danh-muc',
} as const;

export type NavKey = 'procedures' | 'dossiers' | 'inspections' | 'parIndex' | 'catalogueAdmin';

export interface NavItem {
  key: NavKey;
  path: string;
  /** i18next key of the label. */
  labelKey: string;
  /** Roles that may see the item; `null` = everyone, including anonymous visitors. */
  roles: readonly string[] | null;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { key: 'procedures', path: ROUTES.procedures, labelKey: 'nav.procedures', roles: null },
  {
    key: 'dossiers',
    path: ROUTES.dossiers,
    labelKey: 'nav.dossiers',
    roles: ['officer', 'specialist', 'leader', 'admin'],
  },
  {
    key: 'inspections',
    path: ROUTES.inspections,
    labelKey: 'nav.inspections',
    roles: ['inspector', 'leader', 'admin'],
  },
  {
    key: 'parIndex',
    path: ROUTES.parIndex,
    labelKey: 'nav.parIndex',
    roles: ['appraiser', 'leader', 'specialist', 'admin'],
  },
  {
    key: 'catalogueAdmin',
    path: ROUTES.catalogueAdmin,
    labelKey: 'nav.catalogueAdmin',
    roles: ['catalogue-admin', 'admin'],
  },
];

/** True when a user with `roles` may use the feature behind `item`. */
export function canSee(item: Pick<NavItem, 'roles'>, roles: readonly string[]): boolean {
  return item.roles === null || item.roles.some((r) => roles.includes(r));
}

/** Navigation entries visible to a user with the given realm roles (empty list = anonymous). */
export function navItemsFor(roles: readonly string[]): NavItem[] {
  return NAV_ITEMS.filter((item) => canSee(item, roles));
}

export function navItem(key: NavKey): NavItem {
  const item = NAV_ITEMS.find((i) => i.key === key);
  if (!item) throw new Error(`Unknown nav item ${key}`);
  return item;
}

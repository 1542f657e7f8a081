/** Client-side routes. The gateway must serve index.html for each of them (SPA fallback). */
export const ROUTES = {
  home: '/',
  procedures: '/thu-tuc',
  /** `/thu-tuc/:code` – one procedure. */
  procedure: '/thu-tuc/:code',
  dossiers: '/ho-so',
  dossierCatalogue: '/ho-so/danh-muc-thu-tuc',
  /** One-stop desk: receive a dossier. */
  dossierReceive: '/ho-so/tiep-nhan',
  /** Period report and charts. */
  dossierStats: '/ho-so/thong-ke',
  /** `/ho-so/:code` – one dossier. */
  dossier: '/ho-so/:code',
  /** A signed-in citizen's own dossiers. */
  myDossiers: '/ho-so-cua-toi',
  /** Public tracking by code and phone. */
  tracking: '/tra-cuu',
  /** `/danh-gia/:code` – public satisfaction rating of one dossier. */
  rating: '/danh-gia/:code',
  /** Working calendar (holidays, swapped days). */
  calendar: '/quan-tri/lich-lam-viec',
  inspections: '/kiem-tra',
  parIndex: '/chi-so',
  catalogueAdmin: '/quan-tri-danh-muc',
  posting: '/niem-yet',
  complianceReport: '/niem-yet/bao-cao',
  /** `/niem-yet/bao-cao/:unitCode` – one receiving point's compliance. */
  complianceUnit: '/niem-yet/bao-cao/:unitCode',
} as const;

/** Path of one procedure's page. */
export const procedurePath = (code: string) => `${ROUTES.procedures}/${encodeURIComponent(code)}`;
/** Path of one dossier's page. */
export const dossierPath = (code: string) => `${ROUTES.dossiers}/${encodeURIComponent(code)}`;
/** Path of the rating page of one dossier. */
export const ratingPath = (code: string, mine = false) =>
  `/danh-gia/${encodeURIComponent(code)}${mine ? `?${MINE_PARAM}=1` : ''}`;
/** `?cua-toi=1`: the signed-in citizen's own dossier, looked up without phone digits. */
export const MINE_PARAM = 'cua-toi';
/** The tracking page for a code; `mine`: the signed-in citizen's own dossier (no phone digits). */
export const trackingPath = (code: string, mine = false) =>
  `/tra-cuu?ma=${encodeURIComponent(code)}${mine ? `&${MINE_PARAM}=1` : ''}`;
/** Path of one receiving point's compliance report. */
export const complianceUnitPath = (unitCode: string) => `${ROUTES.complianceReport}/${encodeURIComponent(unitCode)}`;

export type NavKey =
  | 'procedures'
  | 'tracking'
  | 'myDossiers'
  | 'dossierReceive'
  | 'dossiers'
  | 'dossierStats'
  | 'inspections'
  | 'parIndex'
  | 'catalogueAdmin'
  | 'posting'
  | 'complianceReport'
  | 'calendar';

export interface NavItem {
  key: NavKey;
  path: string;
  /** i18next key of the label. */
  labelKey: string;
  /** Roles that may see the item; `null` = everyone, including anonymous visitors. */
  roles: readonly string[] | null;
}

/** Every staff role (not citizens, not the integration client). */
export const STAFF_ROLES: readonly string[] = [
  'officer',
  'specialist',
  'leader',
  'inspector',
  'appraiser',
  'catalogue-admin',
  'admin',
];

export const NAV_ITEMS: readonly NavItem[] = [
  { key: 'procedures', path: ROUTES.procedures, labelKey: 'nav.procedures', roles: null },
  { key: 'tracking', path: ROUTES.tracking, labelKey: 'nav.tracking', roles: null },
  { key: 'myDossiers', path: ROUTES.myDossiers, labelKey: 'nav.myDossiers', roles: ['citizen'] },
  {
    key: 'dossierReceive',
    path: ROUTES.dossierReceive,
    labelKey: 'nav.dossierReceive',
    roles: ['officer'],
  },
  {
    key: 'dossiers',
    path: ROUTES.dossiers,
    labelKey: 'nav.dossiers',
    // inspectors read the province's dossiers (read-only, docs/security.md)
    roles: ['officer', 'specialist', 'leader', 'inspector', 'admin'],
  },
  {
    key: 'dossierStats',
    path: ROUTES.dossierStats,
    labelKey: 'nav.dossierStats',
    roles: ['leader', 'inspector', 'admin', 'specialist'],
  },
  {
    key: 'inspections',
    path: ROUTES.inspections,
    labelKey: 'nav.inspections',
    // national-admin: the national content groups of inspections
    roles: ['inspector', 'leader', 'admin', 'national-admin'],
  },
  {
    key: 'parIndex',
    path: ROUTES.parIndex,
    labelKey: 'nav.parIndex',
    roles: ['appraiser', 'leader', 'specialist', 'inspector', 'admin'],
  },
  {
    key: 'catalogueAdmin',
    path: ROUTES.catalogueAdmin,
    labelKey: 'nav.catalogueAdmin',
    roles: ['catalogue-admin', 'admin'],
  },
  {
    key: 'posting',
    path: ROUTES.posting,
    labelKey: 'nav.posting',
    roles: ['officer', 'leader', 'catalogue-admin', 'admin'],
  },
  {
    key: 'complianceReport',
    path: ROUTES.complianceReport,
    labelKey: 'nav.complianceReport',
    roles: ['officer', 'leader', 'inspector', 'catalogue-admin', 'admin'],
  },
  {
    key: 'calendar',
    path: ROUTES.calendar,
    labelKey: 'nav.calendar',
    // everyone on the staff reads it (due dates depend on it); admins change their province's, national-admin the national one
    roles: [...STAFF_ROLES, 'national-admin'],
  },
];

/** Roles that may change the working calendar. */
export const CALENDAR_EDITOR_ROLES: readonly string[] = ['admin', 'national-admin'];
/** Roles whose statistics cover the whole province rather than their own unit. */
export const STATS_PROVINCE_WIDE_ROLES: readonly string[] = ['inspector', 'admin'];

/** Roles that may change a receiving point's posted list (the server checks the unit). */
export const POSTING_EDITOR_ROLES: readonly string[] = ['officer', 'leader', 'admin'];
/** Roles that see drafts and abolished procedures in the catalogue. */
export const CATALOGUE_STAFF_ROLES: readonly string[] = ['catalogue-admin', 'admin'];
/** Roles whose compliance view covers the whole province rather than their own unit. */
export const PROVINCE_WIDE_ROLES: readonly string[] = ['inspector', 'catalogue-admin', 'admin'];

export const hasAnyRole = (roles: readonly string[], wanted: readonly string[]) =>
  wanted.some((r) => roles.includes(r));

/** True when a user with `roles` may use the feature behind `item`. */
export function canSee(item: Pick<NavItem, 'roles'>, roles: readonly string[]): boolean {
  return item.roles === null || item.roles.some((r) => roles.includes(r));
}

/** Navigation entries visible to a user with the given realm roles (empty list = anonymous). */
export function navItemsFor(roles: readonly string[]): NavItem[] {
  return NAV_ITEMS.filter((item) => canSee(item, roles));
}

/** The nav entry for `pathname`: the one with the longest matching path (`/niem-yet/bao-cao` over `/niem-yet`). */
export function selectedNavKey(items: readonly NavItem[], pathname: string): NavKey | undefined {
  let best: NavItem | undefined;
  for (const i of items) {
    if ((pathname === i.path || pathname.startsWith(`${i.path}/`)) && (!best || i.path.length > best.path.length))
      best = i;
  }
  return best?.key;
}

export function navItem(key: NavKey): NavItem {
  const item = NAV_ITEMS.find((i) => i.key === key);
  if (!item) throw new Error(`Unknown nav item ${key}`);
  return item;
}

import type { Resources } from './vi';

const en: Resources = {
  app: {
    title: 'Administrative Reform Management System',
    short: 'CCHC',
    tagline: 'Look up administrative procedures, follow dossiers, reform inspections and the PAR index.',
    footer: 'Administrative Reform Management System',
  },
  auth: {
    login: 'Log in',
    logout: 'Log out',
    loading: 'Checking your session…',
    error: 'Login error: {{message}}',
    loginRequired: 'Please log in to use this feature.',
    forbidden: 'You are not allowed to use this feature.',
  },
  user: {
    roles: 'Roles',
    unit: 'Unit',
    noUnit: 'No unit assigned',
  },
  roles: {
    citizen: 'Citizen',
    officer: 'Reception officer',
    specialist: 'Specialist',
    leader: 'Leader',
    inspector: 'Inspector',
    appraiser: 'Appraiser',
    'catalogue-admin': 'Catalogue administrator',
    admin: 'System administrator',
    integration: 'Integration',
  },
  nav: {
    home: 'Home',
    procedures: 'Administrative procedures',
    dossiers: 'Dossiers',
    inspections: 'Reform inspections',
    parIndex: 'PAR index',
    catalogueAdmin: 'Catalogue administration',
  },
  lang: {
    label: 'Language',
    vi: 'VI',
    en: 'EN',
  },
  home: {
    browse: 'Browse administrative procedures',
    loginHint: 'Civil servants log in to process dossiers and use the business features.',
    welcome: 'Hello, {{name}}',
  },
  procedures: {
    title: 'Procedure catalogue',
    subtitle: 'Administrative procedures in force',
    searchPlaceholder: 'Search by name or code (diacritics optional)',
    search: 'Search',
    total: '{{count}} procedures in total',
    empty: 'No procedures',
    columns: {
      code: 'Code',
      name: 'Name',
      field: 'Field',
      level: 'Level',
      processingTime: 'Processing time',
      state: 'State',
    },
  },
  level: {
    CENTRAL: 'Central',
    PROVINCE: 'Province',
    DISTRICT: 'District',
    COMMUNE: 'Commune',
  },
  state: {
    DRAFT: 'Draft',
    IN_FORCE: 'In force',
    SUSPENDED: 'Suspended',
    REPEALED: 'Repealed',
    EXPIRED: 'Expired',
  },
  processingTime: {
    none: '—',
    HOURS_other: '{{count}} hours',
    DAYS_other: '{{count}} days',
    WORKING_DAYS_other: '{{count}} working days',
    MONTHS_other: '{{count}} months',
  },
  dossiers: {
    title: 'Dossiers',
    overview: 'Overview',
    catalogue: 'Procedures known to the unit',
    catalogueHint: 'Administrative procedures that the dossiers service has received from the catalogue.',
  },
  inspections: { title: 'Reform inspections' },
  parIndex: { title: 'PAR index' },
  catalogueAdmin: { title: 'Catalogue administration' },
  placeholder: {
    comingSoon: 'This feature is coming soon.',
  },
  errors: {
    title: 'Something went wrong',
    network: 'Cannot reach the server.',
    retry: 'Retry',
    status: 'HTTP status {{status}}',
  },
  notFound: {
    title: 'Page not found',
    back: 'Back to home',
  },
};

// English singular forms (Vietnamese has no plural, so the shared type only has `_other`).
Object.assign(en.processingTime, {
  HOURS_one: '{{count}} hour',
  DAYS_one: '{{count}} day',
  WORKING_DAYS_one: '{{count}} working day',
  MONTHS_one: '{{count}} month',
});

export default en;

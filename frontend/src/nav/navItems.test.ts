import { describe, expect, it } from 'vitest';
import { navItemsFor, selectedNavKey } from './navItems';

const keys = (roles: string[]) => navItemsFor(roles).map((i) => i.key);

describe('navItemsFor', () => {
  it('shows only the public procedure list and dossier tracking to anonymous users, and citizens their own dossiers', () => {
    expect(keys([])).toEqual(['procedures', 'tracking']);
    expect(keys(['citizen'])).toEqual(['procedures', 'tracking', 'myDossiers']);
    expect(keys(['integration', 'offline_access'])).toEqual(['procedures', 'tracking']);
  });

  it('gives officers the one-stop desk, the dossiers and posting but not the catalogue administration or statistics', () => {
    expect(keys(['officer'])).toEqual([
      'procedures',
      'tracking',
      'dossierReceive',
      'dossiers',
      'posting',
      'complianceReport',
      'calendar',
    ]);
  });

  it('maps each role to its features', () => {
    expect(keys(['specialist'])).toEqual([
      'procedures',
      'tracking',
      'dossiers',
      'dossierStats',
      'parIndex',
      'calendar',
    ]);
    expect(keys(['leader'])).toEqual([
      'procedures',
      'tracking',
      'dossiers',
      'dossierStats',
      'inspections',
      'parIndex',
      'posting',
      'complianceReport',
      'calendar',
    ]);
    expect(keys(['inspector'])).toEqual([
      'procedures',
      'tracking',
      'dossiers',
      'dossierStats',
      'inspections',
      'parIndex',
      'complianceReport',
      'calendar',
    ]);
    expect(keys(['national-admin'])).toEqual(['procedures', 'tracking', 'inspections', 'calendar']);
    expect(keys(['appraiser'])).toEqual(['procedures', 'tracking', 'parIndex', 'calendar']);
    expect(keys(['catalogue-admin'])).toEqual([
      'procedures',
      'tracking',
      'catalogueAdmin',
      'posting',
      'complianceReport',
      'calendar',
    ]);
  });

  it('gives admins everything but the one-stop desk (receiving is an officer task), in a stable order', () => {
    expect(keys(['admin'])).toEqual([
      'procedures',
      'tracking',
      'dossiers',
      'dossierStats',
      'inspections',
      'parIndex',
      'catalogueAdmin',
      'posting',
      'complianceReport',
      'calendar',
    ]);
  });

  it('unions the features of several roles without duplicates', () => {
    expect(keys(['inspector', 'catalogue-admin', 'officer'])).toEqual([
      'procedures',
      'tracking',
      'dossierReceive',
      'dossiers',
      'dossierStats',
      'inspections',
      'parIndex',
      'catalogueAdmin',
      'posting',
      'complianceReport',
      'calendar',
    ]);
  });

  it('uses the right routes and label keys', () => {
    expect(navItemsFor(['admin', 'officer']).map((i) => [i.path, i.labelKey])).toEqual([
      ['/thu-tuc', 'nav.procedures'],
      ['/tra-cuu', 'nav.tracking'],
      ['/ho-so/tiep-nhan', 'nav.dossierReceive'],
      ['/ho-so', 'nav.dossiers'],
      ['/ho-so/thong-ke', 'nav.dossierStats'],
      ['/kiem-tra', 'nav.inspections'],
      ['/chi-so', 'nav.parIndex'],
      ['/quan-tri-danh-muc', 'nav.catalogueAdmin'],
      ['/niem-yet', 'nav.posting'],
      ['/niem-yet/bao-cao', 'nav.complianceReport'],
      ['/quan-tri/lich-lam-viec', 'nav.calendar'],
    ]);
  });

  it('highlights the most specific entry for a path', () => {
    const items = navItemsFor(['admin']);
    expect(selectedNavKey(items, '/niem-yet')).toBe('posting');
    expect(selectedNavKey(items, '/niem-yet/bao-cao')).toBe('complianceReport');
    expect(selectedNavKey(items, '/niem-yet/bao-cao/H99.X01.MC')).toBe('complianceReport');
    expect(selectedNavKey(items, '/thu-tuc/1.001193.000.00.00.H99')).toBe('procedures');
    expect(selectedNavKey(items, '/thu-tucx')).toBeUndefined();
    expect(selectedNavKey(navItemsFor(['inspector']), '/niem-yet')).toBeUndefined();
    // dossier pages: the desk and the statistics have their own entries, a dossier belongs to the worklist
    const officer = navItemsFor(['officer', 'leader']);
    expect(selectedNavKey(officer, '/ho-so')).toBe('dossiers');
    expect(selectedNavKey(officer, '/ho-so/tiep-nhan')).toBe('dossierReceive');
    expect(selectedNavKey(officer, '/ho-so/thong-ke')).toBe('dossierStats');
    expect(selectedNavKey(officer, '/ho-so/H99.X01-260302-0001')).toBe('dossiers');
  });
});

import { describe, expect, it } from 'vitest';
import { navItemsFor, selectedNavKey } from './navItems';

const keys = (roles: string[]) => navItemsFor(roles).map((i) => i.key);

describe('navItemsFor', () => {
  it('shows only the public procedure list to anonymous users and citizens', () => {
    expect(keys([])).toEqual(['procedures']);
    expect(keys(['citizen'])).toEqual(['procedures']);
    expect(keys(['integration', 'offline_access'])).toEqual(['procedures']);
  });

  it('gives officers the dossiers and posting but not the catalogue administration', () => {
    expect(keys(['officer'])).toEqual(['procedures', 'dossiers', 'posting', 'complianceReport']);
  });

  it('maps each role to its features', () => {
    expect(keys(['specialist'])).toEqual(['procedures', 'dossiers', 'parIndex']);
    expect(keys(['leader'])).toEqual(['procedures', 'dossiers', 'inspections', 'parIndex', 'posting', 'complianceReport']);
    expect(keys(['inspector'])).toEqual(['procedures', 'inspections', 'complianceReport']);
    expect(keys(['appraiser'])).toEqual(['procedures', 'parIndex']);
    expect(keys(['catalogue-admin'])).toEqual(['procedures', 'catalogueAdmin', 'posting', 'complianceReport']);
  });

  it('gives admins everything, in a stable order', () => {
    expect(keys(['admin'])).toEqual([
      'procedures',
      'dossiers',
      'inspections',
      'parIndex',
      'catalogueAdmin',
      'posting',
      'complianceReport',
    ]);
  });

  it('unions the features of several roles without duplicates', () => {
    expect(keys(['inspector', 'catalogue-admin', 'officer'])).toEqual([
      'procedures',
      'dossiers',
      'inspections',
      'catalogueAdmin',
      'posting',
      'complianceReport',
    ]);
  });

  it('uses the right routes and label keys', () => {
    expect(navItemsFor(['admin']).map((i) => [i.path, i.labelKey])).toEqual([
      ['/thu-tuc', 'nav.procedures'],
      ['/ho-so', 'nav.dossiers'],
      ['/kiem-tra', 'nav.inspections'],
      ['/chi-so', 'nav.parIndex'],
      ['/quan-tri-danh-muc', 'nav.catalogueAdmin'],
      ['/niem-yet', 'nav.posting'],
      ['/niem-yet/bao-cao', 'nav.complianceReport'],
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
  });
});

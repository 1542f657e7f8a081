import { describe, expect, it } from 'vitest';
import { navItemsFor } from './navItems';

const keys = (roles: string[]) => navItemsFor(roles).map((i) => i.key);

describe('navItemsFor', () => {
  it('shows only the public procedure list to anonymous users and citizens', () => {
    expect(keys([])).toEqual(['procedures']);
    expect(keys(['citizen'])).toEqual(['procedures']);
    expect(keys(['integration', 'offline_access'])).toEqual(['procedures']);
  });

  it('gives officers the dossiers but not the catalogue administration', () => {
    expect(keys(['officer'])).toEqual(['procedures', 'dossiers']);
  });

  it('maps each role to its features', () => {
    expect(keys(['specialist'])).toEqual(['procedures', 'dossiers', 'parIndex']);
    expect(keys(['leader'])).toEqual(['procedures', 'dossiers', 'inspections', 'parIndex']);
    expect(keys(['inspector'])).toEqual(['procedures', 'inspections']);
    expect(keys(['appraiser'])).toEqual(['procedures', 'parIndex']);
    expect(keys(['catalogue-admin'])).toEqual(['procedures', 'catalogueAdmin']);
  });

  it('gives admins everything, in a stable order', () => {
    expect(keys(['admin'])).toEqual(['procedures', 'dossiers', 'inspections', 'parIndex', 'catalogueAdmin']);
  });

  it('unions the features of several roles without duplicates', () => {
    expect(keys(['inspector', 'catalogue-admin', 'officer'])).toEqual([
      'procedures',
      'dossiers',
      'inspections',
      'catalogueAdmin',
    ]);
  });

  it('uses the right routes and label keys', () => {
    expect(navItemsFor(['admin']).map((i) => [i.path, i.labelKey])).toEqual([
      ['/thu-tuc', 'nav.procedures'],
      ['/ho-so', 'nav.dossiers'],
      ['/kiem-tra', 'nav.inspections'],
      ['/chi-so', 'nav.parIndex'],
      ['/quan-tri-danh-muc', 'nav.catalogueAdmin'],
    ]);
  });
});

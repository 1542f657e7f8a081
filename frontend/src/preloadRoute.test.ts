import { describe, expect, it } from 'vitest';
import { preloadRoute } from './App';

describe('preloadRoute', () => {
  it('starts the chunk of the public page at the address, and of no staff page', () => {
    expect(preloadRoute('/thu-tuc')).toBe('procedures');
    expect(preloadRoute('/thu-tuc/1.001193.000.00.00.H99')).toBe('procedure');
    expect(preloadRoute('/tra-cuu')).toBe('tracking');
    expect(preloadRoute('/danh-gia/H99.X01-260302-0001')).toBe('rating');
    expect(preloadRoute('/ho-so')).toBeUndefined();
    expect(preloadRoute('/')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { parseHugePageMode } from './machine.js';

describe('parseHugePageMode', () => {
  it('reads the bracketed mode of the kernel setting', () => {
    expect(parseHugePageMode('always [madvise] never\n')).toBe('madvise');
    expect(parseHugePageMode('[always] madvise never')).toBe('always');
    expect(parseHugePageMode('always madvise [never]')).toBe('never');
  });

  it('is null when no mode is selected', () => {
    expect(parseHugePageMode('')).toBeNull();
    expect(parseHugePageMode('always madvise never')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { compactNumber, escapeXml, logLogChart, logTicks } from './svg-chart.js';

describe('logTicks', () => {
  it('uses 1-2-5 steps over short spans and powers of ten over long ones', () => {
    expect(logTicks(400, 6000)).toEqual([500, 1000, 2000, 5000]);
    expect(logTicks(0.5, 2e5)).toEqual([1, 10, 100, 1000, 10000, 100000]);
  });
});

describe('compactNumber', () => {
  it('abbreviates thousands and millions', () => {
    expect(compactNumber(500)).toBe('500');
    expect(compactNumber(2000)).toBe('2k');
    expect(compactNumber(1_000_000)).toBe('1M');
    expect(compactNumber(0.1)).toBe('0.1');
  });
});

describe('logLogChart', () => {
  it('draws one line and legend entry per series with points, escaping names', () => {
    const svg = logLogChart({
      title: 'a <b>',
      xLabel: 'n',
      yLabel: 'ms',
      series: [
        {
          name: 'engine',
          emphasis: true,
          points: [
            { x: 500, y: 2 },
            { x: 1000, y: 9 },
          ],
        },
        {
          name: 'peer & co',
          points: [
            { x: 500, y: 20 },
            { x: 1000, y: 150 },
            { x: 2000, y: 900 },
          ],
        },
        { name: 'nothing', points: [] },
      ],
    });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.match(/<polyline /g)?.length).toBe(2);
    expect(svg.match(/<circle /g)?.length).toBe(5);
    expect(svg).toContain('peer &#38; co');
    expect(svg).toContain('<title>a &#60;b&#62;</title>');
    expect(svg).not.toContain('nothing');
    expect(svg).not.toContain('NaN');
  });

  it('places larger values higher (smaller y) on the log scale', () => {
    const svg = logLogChart({
      title: 't',
      xLabel: 'n',
      yLabel: 'ms',
      series: [
        {
          name: 's',
          points: [
            { x: 10, y: 1 },
            { x: 100, y: 1000 },
          ],
        },
      ],
    });
    const cys = [...svg.matchAll(/<circle cx="[\d.]+" cy="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(cys[0]!).toBeGreaterThan(cys[1]!);
  });

  it('escapes the five XML specials', () => {
    expect(escapeXml(`<&>"'`)).toBe('&#60;&#38;&#62;&#34;&#39;');
  });
});

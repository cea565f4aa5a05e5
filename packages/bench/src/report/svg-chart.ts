// A hand-rolled log–log line chart as standalone SVG: scale curves need nothing more.

/** One line of a chart. */
export interface Series {
  readonly name: string;
  readonly points: readonly { readonly x: number; readonly y: number }[];
  /** Drawn thicker (the engine). */
  readonly emphasis?: boolean;
}

/** A log–log chart's content. */
export interface ChartSpec {
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly series: readonly Series[];
  /** Formats a tick value of the y axis (default: compact number). */
  readonly formatY?: (v: number) => string;
}

const PALETTE = [
  '#c0392b',
  '#1f77b4',
  '#2ca02c',
  '#9467bd',
  '#ff7f0e',
  '#17becf',
  '#7f7f7f',
  '#8c564b',
  '#e377c2',
  '#bcbd22',
];
const WIDTH = 720;
const HEIGHT = 420;
const M = { left: 70, right: 190, top: 40, bottom: 55 };

/** Escapes text for SVG content and attributes. */
export function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A number as a short tick label: 500, 2k, 1M, 0.5. */
export function compactNumber(v: number): string {
  const a = Math.abs(v);
  const trim = (x: number): string => String(Number(x.toPrecision(3)));
  if (a >= 1e6) return `${trim(v / 1e6)}M`;
  if (a >= 1e3) return `${trim(v / 1e3)}k`;
  return trim(v);
}

/** Tick values for a log axis over [lo, hi]: powers of ten, plus 2× and 5× when the span is short. */
export function logTicks(lo: number, hi: number): number[] {
  const ticks: number[] = [];
  const span = Math.log10(hi) - Math.log10(lo);
  const steps = span < 2.5 ? [1, 2, 5] : [1];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) {
    for (const s of steps) {
      const v = s * 10 ** e;
      if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9)) ticks.push(v);
    }
  }
  return ticks;
}

function paddedRange(values: readonly number[]): [number, number] {
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (!(lo > 0)) lo = 1e-3;
  if (hi <= lo) hi = lo * 10;
  // A little air on both ends, in log space.
  const pad = Math.max(0.05, (Math.log10(hi) - Math.log10(lo)) * 0.06);
  return [10 ** (Math.log10(lo) - pad), 10 ** (Math.log10(hi) + pad)];
}

/** Renders the chart; series without positive points are left out. */
export function logLogChart(spec: ChartSpec): string {
  // Colours follow the position in spec.series, so one solver keeps its colour across charts that
  // list the same solvers even when some have nothing to draw.
  const series = spec.series
    .map((s, i) => ({
      ...s,
      color: PALETTE[i % PALETTE.length]!,
      points: s.points.filter((p) => p.x > 0 && p.y > 0).sort((a, b) => a.x - b.x),
    }))
    .filter((s) => s.points.length > 0);
  const xs = series.flatMap((s) => s.points.map((p) => p.x));
  const ys = series.flatMap((s) => s.points.map((p) => p.y));
  const [x0, x1] = paddedRange(xs.length ? xs : [1, 10]);
  const [y0, y1] = paddedRange(ys.length ? ys : [1, 10]);
  const pw = WIDTH - M.left - M.right;
  const ph = HEIGHT - M.top - M.bottom;
  const sx = (x: number): number =>
    M.left + ((Math.log10(x) - Math.log10(x0)) / (Math.log10(x1) - Math.log10(x0))) * pw;
  const sy = (y: number): number =>
    M.top + ph - ((Math.log10(y) - Math.log10(y0)) / (Math.log10(y1) - Math.log10(y0))) * ph;
  const f = (v: number): string => v.toFixed(1);
  const fmtY = spec.formatY ?? compactNumber;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="12">`,
    // A title for screen readers (and Biome's a11y lint, which checks the generated charts too).
    `<title>${escapeXml(spec.title)}</title>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    `<text x="${M.left}" y="24" font-size="15" font-weight="bold">${escapeXml(spec.title)}</text>`,
  );
  for (const t of logTicks(x0, x1)) {
    out.push(
      `<line x1="${f(sx(t))}" y1="${M.top}" x2="${f(sx(t))}" y2="${M.top + ph}" stroke="#e5e5e5"/>`,
      `<text x="${f(sx(t))}" y="${M.top + ph + 16}" text-anchor="middle" fill="#444">${escapeXml(compactNumber(t))}</text>`,
    );
  }
  for (const t of logTicks(y0, y1)) {
    out.push(
      `<line x1="${M.left}" y1="${f(sy(t))}" x2="${M.left + pw}" y2="${f(sy(t))}" stroke="#e5e5e5"/>`,
      `<text x="${M.left - 6}" y="${f(sy(t) + 4)}" text-anchor="end" fill="#444">${escapeXml(fmtY(t))}</text>`,
    );
  }
  out.push(
    `<rect x="${M.left}" y="${M.top}" width="${pw}" height="${ph}" fill="none" stroke="#888"/>`,
    `<text x="${M.left + pw / 2}" y="${HEIGHT - 12}" text-anchor="middle">${escapeXml(spec.xLabel)}</text>`,
    `<text transform="translate(16 ${M.top + ph / 2}) rotate(-90)" text-anchor="middle">${escapeXml(spec.yLabel)}</text>`,
  );
  series.forEach((s, i) => {
    const color = s.color;
    const width = s.emphasis ? 3 : 1.6;
    const pts = s.points.map((p) => `${f(sx(p.x))},${f(sy(p.y))}`).join(' ');
    if (s.points.length > 1) {
      out.push(`<polyline points="${pts}" fill="none" stroke="${color}" stroke-width="${width}"/>`);
    }
    for (const p of s.points) {
      out.push(`<circle cx="${f(sx(p.x))}" cy="${f(sy(p.y))}" r="${s.emphasis ? 4 : 3}" fill="${color}"/>`);
    }
    const ly = M.top + 10 + i * 20;
    const lx = M.left + pw + 14;
    out.push(
      `<line x1="${lx}" y1="${ly}" x2="${lx + 22}" y2="${ly}" stroke="${color}" stroke-width="${width}"/>`,
      `<text x="${lx + 28}" y="${ly + 4}"${s.emphasis ? ' font-weight="bold"' : ''}>${escapeXml(s.name)}</text>`,
    );
  });
  out.push('</svg>', '');
  return out.join('\n');
}

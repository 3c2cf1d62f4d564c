/**
 * The benchmark chart: build time and index time against the number of
 * articles, as a small hand-made SVG (two panels, logarithmic N axis), so the
 * bench needs no charting library and the file diffs as text.
 */
import fs from "node:fs";
import path from "node:path";

export interface ChartPoint {
  n: number;
  buildS: number;
  indexMs: number;
}

const WIDTH = 380;
const HEIGHT = 260;
const MARGIN = { left: 56, right: 16, top: 34, bottom: 44 };

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
}

function niceMax(value: number): number {
  if (value <= 0) return 1;
  const step = 10 ** Math.floor(Math.log10(value));
  return Math.ceil(value / step) * step;
}

function panel(
  points: ChartPoint[],
  value: (p: ChartPoint) => number,
  title: string,
  unit: string,
  colour: string,
  offsetX: number,
): string {
  const ns = points.map((p) => p.n);
  const minLog = Math.log10(Math.min(...ns)) - 0.15;
  const maxLog = Math.log10(Math.max(...ns)) + 0.15;
  const yMax = niceMax(Math.max(...points.map(value)));
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (n: number) => offsetX + MARGIN.left + ((Math.log10(n) - minLog) / (maxLog - minLog || 1)) * plotW;
  const y = (v: number) => MARGIN.top + plotH - (v / yMax) * plotH;
  const out: string[] = [];
  out.push(`<text x="${offsetX + WIDTH / 2}" y="20" text-anchor="middle" font-weight="bold">${escape(title)}</text>`);
  for (let i = 0; i <= 4; i++) {
    const v = (yMax / 4) * i;
    out.push(
      `<line x1="${offsetX + MARGIN.left}" x2="${offsetX + WIDTH - MARGIN.right}" y1="${y(v)}" y2="${y(v)}" stroke="#ddd"/>`,
    );
    out.push(
      `<text x="${offsetX + MARGIN.left - 6}" y="${y(v) + 4}" text-anchor="end">${Number(v.toPrecision(3))}</text>`,
    );
  }
  for (const n of ns)
    out.push(
      `<text x="${x(n)}" y="${HEIGHT - MARGIN.bottom + 16}" text-anchor="middle">${n.toLocaleString("en-US")}</text>`,
    );
  out.push(
    `<text x="${offsetX + MARGIN.left + plotW / 2}" y="${HEIGHT - 8}" text-anchor="middle">articles (log scale)</text>`,
  );
  out.push(
    `<text transform="translate(${offsetX + 14} ${MARGIN.top + plotH / 2}) rotate(-90)" text-anchor="middle">${escape(unit)}</text>`,
  );
  // A straight-line-in-N reference through the smallest point: anything above it grows faster than linearly.
  const first = points[0];
  const linear = points.map((p) => `${x(p.n)},${y(Math.min(yMax, (value(first) * p.n) / first.n))}`).join(" ");
  if (points.length > 1) out.push(`<polyline points="${linear}" fill="none" stroke="#999" stroke-dasharray="4 4"/>`);
  out.push(
    `<polyline points="${points.map((p) => `${x(p.n)},${y(value(p))}`).join(" ")}" fill="none" stroke="${colour}" stroke-width="2"/>`,
  );
  for (const p of points) {
    out.push(`<circle cx="${x(p.n)}" cy="${y(value(p))}" r="3.5" fill="${colour}"/>`);
    out.push(`<text x="${x(p.n) + 6}" y="${y(value(p)) - 6}">${Number(value(p).toPrecision(3))}</text>`);
  }
  return out.join("\n");
}

export function writeChart(file: string, points: ChartPoint[]): void {
  const sorted = [...points].sort((a, b) => a.n - b.n);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH * 2}" height="${HEIGHT + 18}" viewBox="0 0 ${WIDTH * 2} ${HEIGHT + 18}" font-family="sans-serif" font-size="11" role="img">`,
    `<title>next build wall time and content index time against the number of articles</title>`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    panel(sorted, (p) => p.buildS, "next build wall time", "seconds", "#0d2b4e", 0),
    panel(sorted, (p) => p.indexMs, "content index: read, parse, validate", "milliseconds", "#c0392b", WIDTH),
    `<text x="${WIDTH}" y="${HEIGHT + 12}" text-anchor="middle" fill="#666">dashed: linear growth from the smallest N</text>`,
    `</svg>`,
  ].join("\n");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${svg}\n`);
}

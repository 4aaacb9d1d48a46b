// Charts out of the page: the rendered recharts <svg> as a standalone SVG file (title and legend drawn into it, since
// recharts draws its legend as HTML), or as a PNG painted onto a canvas. Downloads go through a Blob and <a download>.
//
// The page's Content-Security-Policy allows images from 'self' and data: only, so the PNG path loads the SVG into an
// Image from a data: URL (not a blob: URL).

import { downloadBlob } from './download';

export interface LegendEntry {
  label: string;
  color: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT = "-apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'Liberation Sans', sans-serif";

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * A standalone copy of a chart: white background, the title above, the chart, and the legend below, wrapped in rows.
 * Returns the markup (starting with "<svg") and its size.
 */
export function standaloneSvg(chart: SVGSVGElement, title: string, legend: LegendEntry[]): { markup: string; width: number; height: number } {
  const box = chart.getBoundingClientRect();
  const width = Math.max(320, Math.round(box.width || Number(chart.getAttribute('width')) || 640));
  const chartHeight = Math.round(box.height || Number(chart.getAttribute('height')) || 320);
  const pad = 16;
  const titleHeight = title ? 30 : 0;

  // Legend entries flow in rows of the chart's width.
  const rows: { entry: LegendEntry; x: number; row: number }[] = [];
  let x = pad;
  let row = 0;
  for (const entry of legend) {
    const w = 22 + Math.min(entry.label.length, 48) * 6.6 + 18;
    if (x + w > width - pad && x > pad) {
      row += 1;
      x = pad;
    }
    rows.push({ entry, x, row });
    x += w;
  }
  const legendHeight = legend.length ? (row + 1) * 20 + 8 : 0;
  const height = titleHeight + chartHeight + legendHeight + pad;

  const root = el('svg', { xmlns: SVG_NS, width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': FONT, 'font-size': 12 });
  root.append(el('rect', { x: 0, y: 0, width, height, fill: '#ffffff' }));
  if (title) root.append(el('text', { x: pad, y: 21, 'font-size': 14, 'font-weight': 600, fill: '#1d2025' }, title));

  const copy = chart.cloneNode(true) as SVGSVGElement;
  copy.removeAttribute('class');
  copy.removeAttribute('style');
  copy.setAttribute('x', '0');
  copy.setAttribute('y', String(titleHeight));
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(chartHeight));
  if (!copy.getAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${Math.round(box.width) || width} ${chartHeight}`);
  // Tooltips and hover cursors are not part of the picture.
  copy.querySelectorAll('.recharts-tooltip-cursor, .recharts-active-dot').forEach((n) => n.remove());
  root.append(copy);

  const legendTop = titleHeight + chartHeight + 6;
  for (const { entry, x: lx, row: r } of rows) {
    const y = legendTop + r * 20;
    root.append(el('rect', { x: lx, y: y + 2, width: 12, height: 12, rx: 2, fill: entry.color }));
    const label = entry.label.length > 48 ? `${entry.label.slice(0, 47)}…` : entry.label;
    root.append(el('text', { x: lx + 18, y: y + 12, fill: '#4a4f57' }, label));
  }
  return { markup: new XMLSerializer().serializeToString(root), width, height };
}

export function downloadSvg(fileName: string, markup: string) {
  downloadBlob(fileName, new Blob([markup], { type: 'image/svg+xml' }));
}

/** Paints the SVG onto a canvas (twice the size, for sharp text) and saves it as PNG. */
export async function downloadPng(fileName: string, svg: { markup: string; width: number; height: number }, scale = 2): Promise<void> {
  const image = new Image();
  const bytes = new TextEncoder().encode(svg.markup);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('the chart could not be drawn as an image'));
    image.src = `data:image/svg+xml;base64,${btoa(binary)}`;
  });
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(svg.width * scale);
  canvas.height = Math.round(svg.height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this window cannot draw on a canvas');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the chart could not be encoded as PNG');
  downloadBlob(fileName, blob);
}

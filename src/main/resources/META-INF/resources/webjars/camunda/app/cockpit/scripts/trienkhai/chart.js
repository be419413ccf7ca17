/* On-time rate by unit as a horizontal bar chart in plain SVG (no library, works offline). */
import { svg } from './dom.js';

const ROW = 22;
const LABEL = 260;
const BAR = 360;

function flatten(units, out = []) {
  units.forEach((unit) => {
    out.push(unit);
    flatten(unit.children || [], out);
  });
  return out;
}

function shorten(text, max) {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function onTimeChart(units) {
  const rows = flatten(units);
  const height = rows.length * ROW + 30;
  const chart = svg('svg', { class: 'tk-chart', width: LABEL + BAR + 60, height, role: 'img',
    'aria-label': 'Tỷ lệ hoàn thành đúng hạn theo đơn vị' });
  [0, 0.5, 1].forEach((tick) => {
    const x = LABEL + tick * BAR;
    chart.appendChild(svg('line', { x1: x, x2: x, y1: 0, y2: rows.length * ROW, stroke: '#9ca3af' }));
    chart.appendChild(svg('text', { x, y: rows.length * ROW + 16, 'text-anchor': 'middle' }, `${tick * 100}%`));
  });
  rows.forEach((unit, index) => {
    const y = index * ROW;
    const rate = unit.onTimeRate;
    const label = svg('text', { x: LABEL - 6, y: y + 15, 'text-anchor': 'end' },
      shorten(`${unit.level > 0 ? '↳ ' : ''}${unit.unitName}`, 40));
    label.appendChild(svg('title', {}, unit.unitName));
    chart.appendChild(label);
    if (rate === null || rate === undefined) {
      chart.appendChild(svg('text', { x: LABEL + 4, y: y + 15, fill: '#6b7280' }, 'chưa có số liệu'));
      return;
    }
    const colour = rate >= 0.8 ? '#16a34a' : rate >= 0.5 ? '#f59e0b' : '#dc2626';
    chart.appendChild(svg('rect', { x: LABEL, y: y + 4, width: Math.max(rate * BAR, 2), height: ROW - 8,
      fill: colour, 'data-unit': unit.unitCode }));
    chart.appendChild(svg('text', { x: LABEL + rate * BAR + 4, y: y + 15 }, `${Math.round(rate * 100)}%`));
  });
  return chart;
}

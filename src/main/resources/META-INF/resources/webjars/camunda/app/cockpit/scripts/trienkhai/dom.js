/*
 * DOM helpers of the trienkhai Cockpit plugin. Everything a user or a unit typed reaches the page
 * through textContent or an attribute set with setAttribute: never through innerHTML.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';

export function el(tag, attributes, ...children) {
  return fill(document.createElement(tag), attributes, children);
}

export function svg(tag, attributes, ...children) {
  return fill(document.createElementNS(SVG_NS, tag), attributes, children);
}

function fill(node, attributes, children) {
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value !== null && value !== undefined && value !== false) {
      node.setAttribute(name, String(value));
    }
  });
  children.flat().forEach((child) => {
    if (child === null || child === undefined || child === false) {
      return;
    }
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  });
  return node;
}

export function clear(node) {
  while (node.firstChild) {
    node.removeChild(node.firstChild);
  }
  return node;
}

/** dd/MM/yyyy in Asia/Ho_Chi_Minh (UTC+7 all year, no daylight saving). */
export function vnDate(isoInstant) {
  if (!isoInstant) {
    return '';
  }
  const local = new Date(new Date(isoInstant).getTime() + 7 * 3600 * 1000);
  const pad = (n) => String(n).padStart(2, '0');
  return `${pad(local.getUTCDate())}/${pad(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`;
}

export function percent(rate) {
  return rate === null || rate === undefined ? '—' : `${Math.round(rate * 100)}%`;
}

const STYLE_ID = 'trienkhai-progress-style';
const CSS = `
.tk-progress { font-size: 14px; }
.tk-plan-view, section.tk-plans { padding: 10px 20px; }
.tk-progress h3 { margin-top: 0; }
.tk-plan { border: 1px solid #ddd; border-radius: 4px; padding: 10px 14px; margin-bottom: 10px; background: #fff; }
.tk-bar { height: 14px; background: #e5e7eb; border-radius: 7px; overflow: hidden; margin: 6px 0; max-width: 520px; }
.tk-bar > span { display: block; height: 100%; background: #16a34a; }
.tk-badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; margin-left: 6px; }
.tk-late { background: #dc2626; color: #fff; }
.tk-ok { background: #dcfce7; color: #166534; }
.tk-matrix, .tk-table { border-collapse: collapse; margin: 10px 0; }
.tk-matrix th, .tk-matrix td, .tk-table th, .tk-table td { border: 1px solid #d1d5db; padding: 4px 8px; vertical-align: top; }
.tk-matrix th, .tk-table th { background: #f3f4f6; }
.tk-cell small { display: block; color: #374151; }
.tk-NOT_DUE { background: #e5e7eb; }
.tk-DUE_SOON { background: #fde68a; }
.tk-OVERDUE { background: #fca5a5; font-weight: bold; }
.tk-DONE_ON_TIME { background: #86efac; }
.tk-DONE_LATE { background: #fdba74; }
.tk-legend span { display: inline-block; padding: 2px 8px; margin: 0 6px 6px 0; border-radius: 3px; }
.tk-child td:first-child { padding-left: 28px; }
.tk-unit small.tk-subtree { display: block; color: #374151; }
.tk-expand { margin-top: 4px; padding: 1px 8px; font-size: 12px; }
.tk-loading td, p.tk-loading { color: #4b5563; font-style: italic; }
.tk-ranking-gap td { color: #4b5563; text-align: center; font-style: italic; }
.tk-ranking-more { padding: 2px 10px; }
.tk-chart text { font-size: 12px; fill: #111827; }
.tk-error { color: #b91c1c; }
.tk-tasks td.tk-title { max-width: 420px; }
.tk-tasks td.tk-coordinating { max-width: 260px; }
.tk-tasks td small, .tk-note { color: #4b5563; }
.tk-tasks td small { display: block; }
.tk-tasks td.tk-due, .tk-tasks td.tk-code, .tk-tasks .tk-badge { white-space: nowrap; }
.tk-tasks .tk-badge { margin-left: 0; }
.tk-number, .tk-rank { text-align: right; }
.tk-card-tasks { margin-top: 4px; }
.tk-tasks-section .tk-legend .tk-badge { margin: 0 6px 6px 0; font-size: 13px; }
.tk-badge.tk-zero { opacity: 0.5; font-weight: normal; }
.tk-task-DONE_ON_TIME { background: #86efac; }
.tk-task-DONE_LATE { background: #fdba74; }
.tk-task-IN_PROGRESS_ON_TIME { background: #e5e7eb; }
.tk-task-IN_PROGRESS_OVERDUE { background: #fca5a5; font-weight: bold; }
`;

export function ensureStyle() {
  if (!document.getElementById(STYLE_ID)) {
    const style = el('style', { id: STYLE_ID });
    style.textContent = CSS;
    document.head.appendChild(style);
  }
}

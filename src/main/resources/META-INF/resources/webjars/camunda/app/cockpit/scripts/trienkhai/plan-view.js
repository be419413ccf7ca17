/* The plan page: units × stages coloured by status, totals, the plan's tasks, the ranking, the on-time chart. */
import { apiUrl, appUrl, getJson } from './api.js';
import { onTimeChart } from './chart.js';
import { clear, el, ensureStyle, percent, vnDate } from './dom.js';
import { tasksSection, tasksUnavailable } from './plan-tasks.js';
import { rankingSection } from './ranking.js';

function planIdFromRoute() {
  const match = window.location.hash.match(/#\/trienkhai\/plan\/(\d+)/);
  return match ? match[1] : null;
}

function legend(progress) {
  return el('div', { class: 'tk-legend' },
    progress.statuses.map((status) => el('span', { class: `tk-${status.code}` },
      `${status.label}: ${progress.totals[status.code] || 0}`)));
}

function stageCell(stage) {
  if (!stage) {
    return el('td', {}, '');
  }
  return el('td', { class: `tk-cell tk-${stage.status}`, 'data-stage': stage.stage, 'data-status': stage.status },
    stage.statusLabel,
    stage.dueAt ? el('small', {}, `Hạn: ${vnDate(stage.dueAt)}`) : el('small', {}, 'Không có hạn'),
    stage.completedAt ? el('small', {}, `Xong: ${vnDate(stage.completedAt)}`) : null);
}

/* A cascade's figures on its cascading unit's row: the page loads its units only when the row is opened. */
function subtreeLine(unit) {
  const totals = unit.subtreeTotals || {};
  const inTime = (totals.NOT_DUE || 0) + (totals.DUE_SOON || 0);
  return el('small', { class: 'tk-subtree', 'data-overdue': totals.OVERDUE || 0 },
    `Cả cấp dưới: hoàn thành đúng hạn ${totals.DONE_ON_TIME || 0} · hoàn thành quá hạn ${totals.DONE_LATE || 0}`
    + ` · quá hạn ${totals.OVERDUE || 0} · trong hạn ${inTime} · tỷ lệ đúng hạn ${percent(unit.subtreeOnTimeRate)}`);
}

function expandLabel(unit, open) {
  return `${open ? '▾' : '▸'} ${unit.cascadedUnits} đơn vị cấp dưới`;
}

/* The open control of a cascading unit: fetches the cascade's units, shows them under the row, hides them again. */
function expandControl(unit, context, rowOf) {
  const button = el('button', { type: 'button', class: 'tk-expand', 'aria-expanded': 'false' }, expandLabel(unit, false));
  const colspan = context.stages.length + 3;
  let shown = [];
  let request = 0;
  const collapse = () => {
    request += 1;
    shown.forEach((row) => {
      if (row.tkCollapse) {
        row.tkCollapse();
      }
      row.remove();
    });
    shown = [];
    button.setAttribute('aria-expanded', 'false');
    button.textContent = expandLabel(unit, false);
  };
  button.addEventListener('click', async () => {
    if (button.getAttribute('aria-expanded') === 'true') {
      collapse();
      return;
    }
    const mine = ++request;
    button.setAttribute('aria-expanded', 'true');
    button.textContent = expandLabel(unit, true);
    const loading = el('tr', { class: 'tk-loading' }, el('td', { colspan }, 'Đang tải…'));
    rowOf().after(loading);
    shown = [loading];
    let rows;
    try {
      const children = await getJson(`/plans/${encodeURIComponent(context.planId)}/progress/units/`
        + `${encodeURIComponent(unit.unitCode)}/children`, context.token);
      rows = [];
      children.forEach((child) => unitRows(child, context, rows));
      if (!rows.length) {
        rows.push(el('tr', {}, el('td', { colspan }, 'Không có đơn vị cấp dưới.')));
      }
    } catch (error) {
      rows = [el('tr', { class: 'tk-error-row' }, el('td', { class: 'tk-error', colspan },
        `Không tải được các đơn vị cấp dưới: ${error.message}`))];
    }
    if (mine === request) {
      loading.replaceWith(...rows);
      shown = rows;
    }
  });
  return { button, collapse };
}

function unitRows(unit, context, rows) {
  const byStage = Object.fromEntries(unit.stages.map((stage) => [stage.stage, stage]));
  const late = (unit.totals.OVERDUE || 0) > 0;
  const control = unit.cascadedUnits > 0 ? expandControl(unit, context, () => row) : null;
  const name = el('td', { class: 'tk-unit', style: unit.level > 0 ? `padding-left: ${8 + 20 * unit.level}px` : null },
    unit.level > 0 ? '↳ ' : '', unit.unitName,
    late ? el('span', { class: 'tk-badge tk-late' }, 'Trễ hạn') : null,
    control ? subtreeLine(unit) : null, control ? control.button : null);
  const link = unit.processInstanceId
    ? el('a', { href: `#/process-instance/${encodeURIComponent(unit.processInstanceId)}/runtime` }, 'Xem phiên quy trình')
    : '—';
  const row = el('tr', { class: `${unit.level > 0 ? 'tk-child' : ''}${late ? ' tk-row-late' : ''}`,
    'data-unit': unit.unitCode, 'data-level': unit.level },
  name, context.stages.map((stage) => stageCell(byStage[stage.code])), el('td', {}, percent(unit.onTimeRate)),
  el('td', {}, link));
  if (control) {
    row.tkCollapse = control.collapse;
  }
  rows.push(row);
  return rows;
}

function matrix(progress, token) {
  const rows = [];
  const context = { stages: progress.stages, planId: progress.planId, token };
  progress.units.forEach((unit) => unitRows(unit, context, rows));
  return el('table', { class: 'tk-matrix' },
    el('thead', {}, el('tr', {}, el('th', {}, 'Đơn vị'), progress.stages.map((stage) => el('th', {}, stage.label)),
      el('th', {}, 'Tỷ lệ đúng hạn'), el('th', {}, 'Quy trình'))),
    el('tbody', {}, rows));
}

/* The caller's own open work in the plan, most urgent first, each a link to the task in Tasklist. */
function nextStepsSection(steps) {
  if (steps.error) {
    return el('p', { class: 'tk-error' }, `Không tải được việc chờ xử lý: ${steps.error.message}`);
  }
  if (!steps.list.length) {
    return el('p', { class: 'tk-next-steps-none' }, 'Bạn không có việc nào đang chờ xử lý trong kế hoạch này.');
  }
  return el('section', { class: 'tk-next-steps' },
    el('h4', {}, `Việc chờ bạn xử lý (${steps.list.length})`),
    el('ul', {}, steps.list.map((step) => el('li', { 'data-task-id': step.taskId },
      el('a', { href: appUrl(step.tasklistLink), target: '_blank', rel: 'noopener' }, step.name),
      step.dueAt ? ` — hạn ${vnDate(step.dueAt)}` : ''))));
}

function page(progress, tasks, steps, token) {
  return [
    el('p', {}, el('a', { href: '#/trienkhai' }, '← Danh sách kế hoạch')),
    el('h3', {}, [progress.planNumber, progress.planSummary].filter(Boolean).join(' — ')),
    el('p', {}, `Cơ quan ban hành: ${progress.issuingUnit} · Số liệu lúc ${vnDate(progress.computedAt)}`
      + ` · Tỷ lệ đúng hạn chung: ${percent(progress.onTimeRate)} · `,
    el('a', { href: apiUrl(`/plans/${encodeURIComponent(progress.planId)}/progress.xlsx`) }, 'Tải tệp Excel')),
    nextStepsSection(steps),
    legend(progress),
    progress.units.length ? matrix(progress, token) : el('p', {}, 'Kế hoạch chưa được triển khai.'),
    tasks.error ? tasksUnavailable(tasks.error.message) : tasksSection(progress, tasks.list),
    rankingSection(progress, token),
    el('h4', {}, 'Tỷ lệ hoàn thành đúng hạn theo đơn vị'),
    onTimeChart(progress.units)
  ];
}

export async function renderPlan(node, api) {
  ensureStyle();
  const section = el('section', { class: 'tk-progress tk-plan-view' }, el('p', {}, 'Đang tải…'));
  clear(node).appendChild(section);
  const planId = planIdFromRoute();
  try {
    const token = api && api.CSRFToken;
    const [progress, tasks, steps] = await Promise.all([
      getJson(`/plans/${encodeURIComponent(planId)}/progress`, token),
      getJson(`/plans/${encodeURIComponent(planId)}/tasks`, token).then((list) => ({ list }), (error) => ({ error })),
      getJson(`/plans/${encodeURIComponent(planId)}/next-steps`, token).then((list) => ({ list }), (error) => ({ error }))
    ]);
    clear(section);
    page(progress, tasks, steps, token).forEach((part) => section.appendChild(part));
  } catch (error) {
    clear(section).appendChild(el('p', { class: 'tk-error' }, `Không xem được tiến độ: ${error.message}`));
  }
}

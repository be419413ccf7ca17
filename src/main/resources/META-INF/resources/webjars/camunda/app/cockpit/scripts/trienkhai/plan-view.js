/* The plan page: units × stages coloured by status, totals, the plan's tasks, the ranking, the on-time chart. */
import { apiUrl, appUrl, getJson } from './api.js';
import { onTimeChart } from './chart.js';
import { clear, el, ensureStyle, percent, vnDate } from './dom.js';
import { rankingSection, tasksSection, tasksUnavailable } from './plan-tasks.js';

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

function unitRows(unit, stages, rows) {
  const byStage = Object.fromEntries(unit.stages.map((stage) => [stage.stage, stage]));
  const late = (unit.totals.OVERDUE || 0) > 0;
  const name = el('td', { class: 'tk-unit' }, unit.level > 0 ? '↳ ' : '', unit.unitName,
    late ? el('span', { class: 'tk-badge tk-late' }, 'Trễ hạn') : null);
  const link = unit.processInstanceId
    ? el('a', { href: `#/process-instance/${encodeURIComponent(unit.processInstanceId)}/runtime` }, 'Xem phiên quy trình')
    : '—';
  rows.push(el('tr', { class: `${unit.level > 0 ? 'tk-child' : ''}${late ? ' tk-row-late' : ''}`,
    'data-unit': unit.unitCode },
  name, stages.map((stage) => stageCell(byStage[stage.code])), el('td', {}, percent(unit.onTimeRate)),
  el('td', {}, link)));
  (unit.children || []).forEach((child) => unitRows(child, stages, rows));
  return rows;
}

function matrix(progress) {
  const rows = [];
  progress.units.forEach((unit) => unitRows(unit, progress.stages, rows));
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

function page(progress, tasks, steps) {
  return [
    el('p', {}, el('a', { href: '#/trienkhai' }, '← Danh sách kế hoạch')),
    el('h3', {}, [progress.planNumber, progress.planSummary].filter(Boolean).join(' — ')),
    el('p', {}, `Cơ quan ban hành: ${progress.issuingUnit} · Số liệu lúc ${vnDate(progress.computedAt)}`
      + ` · Tỷ lệ đúng hạn chung: ${percent(progress.onTimeRate)} · `,
    el('a', { href: apiUrl(`/plans/${encodeURIComponent(progress.planId)}/progress.xlsx`) }, 'Tải tệp Excel')),
    nextStepsSection(steps),
    legend(progress),
    progress.units.length ? matrix(progress) : el('p', {}, 'Kế hoạch chưa được triển khai.'),
    tasks.error ? tasksUnavailable(tasks.error.message) : tasksSection(progress, tasks.list),
    rankingSection(progress),
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
    page(progress, tasks, steps).forEach((part) => section.appendChild(part));
  } catch (error) {
    clear(section).appendChild(el('p', { class: 'tk-error' }, `Không xem được tiến độ: ${error.message}`));
  }
}

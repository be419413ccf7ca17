/* The plan page's tasks (nhiệm vụ) by status, overdue first. */
import { el, vnDate } from './dom.js';

const STATUS_ORDER = ['IN_PROGRESS_OVERDUE', 'IN_PROGRESS_ON_TIME', 'DONE_LATE', 'DONE_ON_TIME'];

function statusRank(task) {
  const index = STATUS_ORDER.indexOf(task.status);
  return index < 0 ? STATUS_ORDER.length : index;
}

function dueTime(task) {
  return task.dueAt ? new Date(task.dueAt).getTime() : Number.POSITIVE_INFINITY;
}

/** Overdue first, then by status, then the nearest deadline (continuous tasks last), then the plan's order. */
export function sortTasks(tasks) {
  return tasks.map((task, index) => ({ task, index }))
    .sort((a, b) => statusRank(a.task) - statusRank(b.task) || dueTime(a.task) - dueTime(b.task) || a.index - b.index)
    .map((entry) => entry.task);
}

/* The matrix's colours: open work within its deadline is grey, or yellow when due soon. */
function colour(task) {
  switch (task.status) {
    case 'IN_PROGRESS_OVERDUE': return 'tk-OVERDUE';
    case 'DONE_ON_TIME': return 'tk-DONE_ON_TIME';
    case 'DONE_LATE': return 'tk-DONE_LATE';
    default: return task.due === 'DUE_SOON' ? 'tk-DUE_SOON' : 'tk-NOT_DUE';
  }
}

function statusBadge(task) {
  if (!task.status) {
    return el('span', { class: 'tk-badge tk-NOT_DUE' }, 'chưa triển khai');
  }
  const label = task.due === 'DUE_SOON' ? `${task.statusLabel} (${task.dueLabel})` : task.statusLabel;
  return el('span', { class: `tk-badge ${colour(task)}` }, label);
}

function deadline(task) {
  const due = task.continuous ? 'Thường xuyên' : task.dueAt ? vnDate(task.dueAt) : '—';
  return el('td', { class: 'tk-due' }, due,
    task.completedAt ? el('small', {}, `Xong: ${vnDate(task.completedAt)}`) : null);
}

function output(task) {
  if (task.output && task.output.text) {
    return el('td', {}, task.output.text);
  }
  return el('td', {}, task.plannedOutput ? el('small', { class: 'tk-planned' }, `Dự kiến: ${task.plannedOutput}`) : '—');
}

function instanceLink(task) {
  if (!task.processInstanceId || (task.status || '').startsWith('DONE')) {
    return '—';
  }
  return el('a', { href: `#/process-instance/${encodeURIComponent(task.processInstanceId)}/runtime` },
    'Xem phiên quy trình');
}

function taskRow(task) {
  const coordinating = (task.coordinating || []).map((unit) => unit.name).join(', ');
  return el('tr', { 'data-task': task.code, 'data-status': task.status || '' },
    el('td', { class: 'tk-code' }, task.code),
    el('td', { class: 'tk-title' }, task.title,
      task.returnReason && !task.completedAt ? el('small', {}, `Trả lại: ${task.returnReason}`) : null),
    el('td', {}, task.lead ? task.lead.name : '—'),
    el('td', { class: 'tk-coordinating' }, coordinating || '—'),
    deadline(task), output(task), el('td', {}, statusBadge(task)), el('td', {}, instanceLink(task)));
}

/** One of the four categories with its count, dimmed when none; shared with the dashboard card. */
export function taskCount(status, label, count) {
  return el('span', { class: `tk-badge tk-task-${status}${count ? '' : ' tk-zero'}`, 'data-task-status': status,
    'data-count': count }, `${label}: ${count}`);
}

function taskLegend(progress) {
  return el('div', { class: 'tk-legend' }, (progress.taskStatuses || []).map((status) =>
    taskCount(status.code, status.label, (progress.taskTotals || {})[status.code] || 0)));
}

export function tasksSection(progress, tasks) {
  const body = !tasks.length ? el('p', {}, 'Kế hoạch không có nhiệm vụ.')
    : el('table', { class: 'tk-table tk-tasks' },
      el('thead', {}, el('tr', {}, ['STT/Mã', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời hạn',
        'Sản phẩm', 'Tình trạng', 'Quy trình'].map((title) => el('th', {}, title)))),
      el('tbody', {}, sortTasks(tasks).map(taskRow)));
  return el('div', { class: 'tk-tasks-section' }, el('h4', {}, 'Nhiệm vụ của kế hoạch'), taskLegend(progress), body);
}

export function tasksUnavailable(message) {
  return el('div', { class: 'tk-tasks-section' }, el('h4', {}, 'Nhiệm vụ của kế hoạch'),
    el('p', { class: 'tk-error' }, `Không xem được nhiệm vụ: ${message}`));
}

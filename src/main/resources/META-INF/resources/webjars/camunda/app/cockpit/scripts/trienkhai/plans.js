/* The dashboard section: every plan the user may follow, its progress bar, overdue count and tasks by category. */
import { getJson } from './api.js';
import { clear, el, ensureStyle, percent } from './dom.js';
import { taskCount } from './plan-tasks.js';

function planTitle(plan) {
  return [plan.planNumber, plan.planSummary].filter(Boolean).join(' — ');
}

function taskCounts(plan) {
  const tasks = plan.tasks || [];
  const total = tasks.reduce((sum, category) => sum + category.count, 0);
  if (!total) {
    return null;
  }
  return el('div', { class: 'tk-card-tasks' }, `Nhiệm vụ (${total}): `,
    tasks.map((category) => taskCount(category.status, category.label, category.count)));
}

function planCard(plan) {
  const share = plan.stages ? plan.done / plan.stages : 0;
  const bar = el('span', { style: `width: ${Math.round(share * 100)}%` });
  const overdue = plan.overdue > 0
    ? el('span', { class: 'tk-badge tk-late', 'data-overdue': plan.overdue }, `Quá hạn: ${plan.overdue}`)
    : el('span', { class: 'tk-badge tk-ok' }, 'Không có việc quá hạn');
  return el('div', { class: 'tk-plan', 'data-plan-id': plan.planId },
    el('a', { href: `#/trienkhai/plan/${encodeURIComponent(plan.planId)}`, class: 'tk-plan-link' }, planTitle(plan)),
    el('div', {}, `Cơ quan ban hành: ${plan.issuingUnit}`),
    el('div', { class: 'tk-bar', role: 'progressbar', 'aria-valuenow': Math.round(share * 100),
      'aria-valuemin': 0, 'aria-valuemax': 100 }, bar),
    el('div', {}, `Đã hoàn thành ${plan.done}/${plan.stages} giai đoạn · Tỷ lệ đúng hạn: ${percent(plan.onTimeRate)}`,
      overdue),
    taskCounts(plan));
}

export async function renderPlans(node, api) {
  ensureStyle();
  const section = el('section', { class: 'tk-progress tk-plans' },
    el('h3', {}, 'Tiến độ triển khai kế hoạch'), el('p', {}, 'Đang tải…'));
  clear(node).appendChild(section);
  try {
    const plans = await getJson('/monitoring/plans', api && api.CSRFToken);
    section.removeChild(section.lastChild);
    if (!plans.length) {
      section.appendChild(el('p', {}, 'Bạn chưa theo dõi kế hoạch nào đang triển khai.'));
    }
    plans.forEach((plan) => section.appendChild(planCard(plan)));
  } catch (error) {
    section.lastChild.textContent = `Không tải được tiến độ: ${error.message}`;
    section.lastChild.className = 'tk-error';
  }
}

/*
 * trienkhai's Cockpit plugin (the JavaScript plugin API of Camunda 7.14+): the plans a manager
 * follows on the dashboard, a navigation entry, the pages #/trienkhai and #/trienkhai/plan/{id}, and the
 * "Thông tin" tab of a running instance (its variables in Vietnamese words).
 * Registered in ../config.js under customScripts. Data come from /api with the Cockpit session.
 */
import { renderPlan } from './plan-view.js';
import { renderPlans } from './plans.js';
import { el } from './dom.js';
import { renderInstanceDetails } from './instance-details.js';

export default [
  {
    id: 'trienkhai.progress.dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 20,
    render: (node, { api }) => {
      renderPlans(node, api);
    }
  },
  {
    id: 'trienkhai.progress.navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 5,
    properties: { path: '/trienkhai' },
    render: (node) => {
      node.appendChild(el('a', { href: '#/trienkhai' }, 'Tiến độ kế hoạch'));
    }
  },
  {
    id: 'trienkhai.progress.plans',
    pluginPoint: 'cockpit.route',
    properties: { path: '/trienkhai', label: 'Tiến độ kế hoạch' },
    render: (node, { api }) => {
      renderPlans(node, api);
    }
  },
  {
    id: 'trienkhai.instance.details',
    pluginPoint: 'cockpit.processInstance.runtime.tab',
    priority: 30,
    properties: { label: 'Thông tin' },
    render: (node, { processInstanceId }) => {
      renderInstanceDetails(node, processInstanceId);
    }
  },
  {
    id: 'trienkhai.progress.plan',
    pluginPoint: 'cockpit.route',
    properties: { path: '/trienkhai/plan/:planId', label: 'Tiến độ kế hoạch' },
    render: (node, { api }) => {
      renderPlan(node, api);
    }
  }
];

/*
 * The "Thông tin" tab of a running process instance: its variables as a manager reads them, by their
 * Vietnamese labels and with their values in words, from /api/process-instances/{id}/details.
 */
import { getJson } from './api.js';
import { clear, el } from './dom.js';

export async function renderInstanceDetails(node, processInstanceId) {
  clear(node);
  node.appendChild(el('p', { class: 'tk-loading' }, 'Đang tải thông tin…'));
  try {
    const details = await getJson(`/process-instances/${encodeURIComponent(processInstanceId)}/details`);
    clear(node).appendChild(detailsTable(details));
  } catch (failure) {
    clear(node).appendChild(el('p', { class: 'tk-error' }, failure.message));
  }
}

function detailsTable(details) {
  const rows = details.lines.map((line) => el('tr', {},
    el('th', { scope: 'row', style: 'width: 32%; font-weight: 600' }, line.label),
    el('td', { style: 'white-space: pre-wrap' }, line.value)));
  return el('div', { class: 'tk-instance-details', style: 'padding: 10px 0' },
    el('p', {}, el('strong', {}, details.process)),
    rows.length
      ? el('table', { class: 'cam-table' }, el('tbody', {}, rows))
      : el('p', {}, 'Phiên quy trình này chưa có thông tin nào do người dùng nhập.'),
    details.technical > 0
      ? el('p', { class: 'text-muted' },
        `Ngoài ra có ${details.technical} biến kỹ thuật (mã số nội bộ) dùng để vận hành quy trình, xem ở thẻ «Biến».`)
      : null);
}

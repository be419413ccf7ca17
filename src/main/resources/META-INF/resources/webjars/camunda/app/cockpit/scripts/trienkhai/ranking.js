/*
 * The plan page's ranking of units by on-time rate: the head the first answer carries (the best units and those that
 * lag most), then, on demand, the whole ranking a page at a time (a city's plan ranks 10,000 units).
 */
import { getJson } from './api.js';
import { el, percent } from './dom.js';

const PAGE_SIZE = 50;
const COLUMNS = ['Hạng', 'Đơn vị', 'Đúng hạn / đã hoàn thành', 'Đang quá hạn', 'Tỷ lệ đúng hạn'];

function rankRow(line) {
  return el('tr', { 'data-unit': line.unitCode, 'data-rank': line.rank === null ? '' : line.rank },
    el('td', { class: 'tk-rank' }, line.rank === null ? '—' : String(line.rank)),
    el('td', {}, line.unitName),
    el('td', { class: 'tk-number' }, `${line.doneOnTime}/${line.done}`),
    el('td', { class: 'tk-number' }, String(line.overdue)),
    el('td', { class: 'tk-number' }, line.onTimeRate === null ? 'chưa có' : percent(line.onTimeRate)));
}

function rankingTable(kind, rows) {
  return el('table', { class: `tk-table tk-ranking ${kind}` },
    el('thead', {}, el('tr', {}, COLUMNS.map((title) => el('th', {}, title)))),
    el('tbody', {}, rows));
}

/* The best units, a line saying how many are left out, then those that lag most. */
function headTable(head) {
  if (!head.best.length) {
    return el('p', { class: 'tk-ranking-head' }, 'Chưa có đơn vị nào có tỷ lệ đúng hạn.');
  }
  const rows = head.best.map(rankRow);
  const between = head.rated - head.best.length - head.lagging.length;
  if (between > 0) {
    rows.push(el('tr', { class: 'tk-ranking-gap' },
      el('td', { colspan: COLUMNS.length }, `… ${between} đơn vị ở giữa bảng xếp hạng …`)));
  }
  head.lagging.forEach((line) => rows.push(rankRow(line)));
  return rankingTable('tk-ranking-head', rows);
}

/* "Xem toàn bộ xếp hạng": replaces the head with the ranking's first page, then adds a page at each press. */
function wholeRankingControl(progress, token, head) {
  const total = progress.ranking.total;
  const button = el('button', { type: 'button', class: 'tk-ranking-more' }, `Xem toàn bộ xếp hạng (${total} đơn vị)`);
  let shown = head;
  let loaded = 0;
  let status = null;
  const say = (kind, text) => {
    const line = el('p', { class: `tk-ranking-status ${kind}` }, text);
    if (status) {
      status.replaceWith(line);
    } else {
      button.before(line);
    }
    status = line;
  };
  button.addEventListener('click', async () => {
    button.disabled = true;
    say('tk-loading', 'Đang tải…');
    try {
      const page = await getJson(`/plans/${encodeURIComponent(progress.planId)}/progress/ranking`
        + `?offset=${loaded}&limit=${PAGE_SIZE}`, token);
      if (loaded === 0) {
        const table = rankingTable('tk-ranking-all', []);
        shown.replaceWith(table);
        shown = table;
      }
      page.lines.forEach((line) => shown.tBodies[0].appendChild(rankRow(line)));
      loaded += page.lines.length;
      status.remove();
      status = null;
      if (loaded >= page.total || !page.lines.length) {
        button.remove();
      } else {
        button.textContent = `Xem thêm (đã hiện ${loaded}/${page.total} đơn vị)`;
      }
    } catch (error) {
      say('tk-error', `Không tải được bảng xếp hạng: ${error.message}`);
    }
    button.disabled = false;
  });
  return button;
}

export function rankingSection(progress, token) {
  const ranking = progress.ranking || { total: 0, rated: 0, best: [], lagging: [] };
  const head = headTable(ranking);
  const unrated = ranking.total - ranking.rated;
  const complete = ranking.best.length + ranking.lagging.length === ranking.total;
  return el('div', { class: 'tk-ranking-section' },
    el('h4', {}, 'Xếp hạng đơn vị theo tỷ lệ đúng hạn'),
    el('p', { class: 'tk-note' }, 'Tính cả các giai đoạn triển khai và các nhiệm vụ đơn vị chủ trì. Tỷ lệ đúng hạn = '
      + 'hoàn thành đúng hạn ÷ (đã hoàn thành + đang quá hạn); cùng tỷ lệ thì cùng hạng; đơn vị chưa có việc hoàn '
      + 'thành hay quá hạn xếp cuối.'
      + (unrated > 0 ? ` Có ${unrated} đơn vị chưa có tỷ lệ, xem trong bảng xếp hạng đầy đủ.` : '')),
    ranking.total ? head : el('p', {}, 'Chưa có đơn vị nào.'),
    ranking.total > 0 && !complete ? wholeRankingControl(progress, token, head) : null);
}

/* «Bản thảo kế hoạch của đơn vị»: GET /api/plan-drafts as a table, each draft linked to the editor
 * and, when the caller has its open step, to that task in Tasklist. Names only, never unit codes. */
(function () {
  'use strict';

  function $(id) { return document.getElementById(id); }
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      if (key === 'text') { node.textContent = attrs[key]; } else if (key === 'className') { node.className = attrs[key]; } else { node.setAttribute(key, attrs[key]); }
    });
    (children || []).forEach(function (child) { node.appendChild(child); });
    return node;
  }
  function status(text, bad) { $('status').textContent = text; $('status').className = bad ? 'bad' : ''; }

  function row(d) {
    var state = el('td', {text: d.stateLabel});
    if (d.returnReason) { state.appendChild(el('div', {className: 'hint', text: 'Lý do: ' + d.returnReason})); }
    var work = d.task
      ? el('a', {href: d.task.tasklistUrl, text: d.task.name})
      : document.createTextNode(d.state === 'ISSUED' ? 'Đã phát hành' : 'Không phải việc của bạn');
    return el('tr', {'data-draft': String(d.id)}, [
      el('td', {text: String(d.id)}),
      el('td', {}, [el('a', {href: d.editorUrl, text: d.summary})]),
      el('td', {text: d.draftingUnit || ''}),
      el('td', {text: d.issuingUnit || 'chưa trình'}),
      state,
      el('td', {text: d.updatedOn}),
      el('td', {text: d.updatedBy || ''}),
      el('td', {}, [work])
    ]);
  }

  status('Đang tải…');
  fetch('/api/plan-drafts', {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
    .then(function (response) {
      if (response.status === 401) { throw new Error('Bạn chưa đăng nhập: hãy đăng nhập Tasklist rồi mở lại trang này.'); }
      if (!response.ok) {
        return response.json().catch(function () { return {}; }).then(function (problem) {
          throw new Error(problem.detail || ('Không tải được danh sách (lỗi ' + response.status + ').'));
        });
      }
      return response.json();
    })
    .then(function (drafts) {
      var body = $('drafts');
      drafts.forEach(function (d) { body.appendChild(row(d)); });
      $('draftsTable').hidden = !drafts.length;
      status(drafts.length ? 'Có ' + drafts.length + ' dự thảo.' : 'Đơn vị của bạn chưa có dự thảo kế hoạch nào.');
    })
    .catch(function (error) { status(error.message, true); });
})();

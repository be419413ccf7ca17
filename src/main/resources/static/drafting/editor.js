/* The plan editor of plan-drafting: one page, no build step. It edits the whole plan document of a
 * draft (GET/PUT /api/plan-drafts/{id}), checks it with POST /api/plans/preview and fills it from an
 * issued text with POST /api/plan-drafts/extract. Dates are shown dd/mm/yyyy, deadlines as plans
 * write them; the server turns the typed deadlines into the document's form when it saves. */
(function () {
  'use strict';

  var ROMAN = ['', 'I', 'II', 'III', 'IV'];
  var draftId = new URLSearchParams(location.search).get('draft');
  var draft = null;        // the draft as the server last answered
  var base = {};           // the document as loaded: fields the editor does not show are kept
  var units = [];
  var unitByCode = {};
  var sameName = {};       // how many units bear each name
  var csrf = null;

  function $(id) { return document.getElementById(id); }
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      if (key === 'text') { node.textContent = attrs[key]; } else if (key in node && key !== 'list') { node[key] = attrs[key]; } else { node.setAttribute(key, attrs[key]); }
    });
    (children || []).forEach(function (child) { node.appendChild(child); });
    return node;
  }
  function status(text, bad) { $('status').textContent = text; $('status').className = bad ? 'bad' : ''; }

  // ---- values: dates, deadlines, paths ----
  function pad(n) { return ('0' + n).slice(-2); }
  function toDisplayDate(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
    return m ? m[3] + '/' + m[2] + '/' + m[1] : (iso || '');
  }
  function toIsoDate(text) {
    var m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text || '');
    return m ? m[3] + '-' + pad(m[2]) + '-' + pad(m[1]) : (text || '').trim();
  }
  function deadlineText(value) {
    if (value === undefined || value === null) { return ''; }
    if (value === 'continuous') { return 'thường xuyên'; }
    if (typeof value === 'string') {
      return /^\d{4}-\d{2}-\d{2}$/.test(value) ? 'trước ngày ' + toDisplayDate(value) : value;
    }
    if (value.month) { var mm = value.month.split('-'); return 'trong tháng ' + Number(mm[1]) + '/' + mm[0]; }
    if (value.quarter) { var q = value.quarter.split('-Q'); return 'quý ' + ROMAN[Number(q[1])] + '/' + q[0]; }
    if (value.workingDays !== undefined) { return value.workingDays + ' ngày làm việc'; }
    if (value.days !== undefined) { return value.days + ' ngày'; }
    return JSON.stringify(value);
  }
  function get(object, path) {
    return path.split('.').reduce(function (at, key) { return at === undefined || at === null ? undefined : at[key]; }, object);
  }
  function set(object, path, value) {
    var keys = path.split('.');
    var at = object;
    keys.slice(0, -1).forEach(function (key) {
      if (typeof at[key] !== 'object' || at[key] === null) { at[key] = {}; }
      at = at[key];
    });
    var last = keys[keys.length - 1];
    if (value === undefined || value === '' || (Array.isArray(value) && !value.length && last === 'reportRecipients')) {
      delete at[last];
    } else {
      at[last] = value;
    }
  }
  // Users see units by name only; codes stay internal. Two units of the same name are told apart
  // by the unit above them.
  var MISSING_UNIT = 'Đơn vị không còn trong cây tổ chức';
  function unitLabel(code) {
    var u = unitByCode[code];
    if (!u) { return MISSING_UNIT; }
    var parent = u.parent && unitByCode[u.parent];
    return sameName[u.name] > 1 && parent ? u.name + ' – ' + parent.name : u.name;
  }
  // Messages of the server (findings, refusals) may cite a unit by code: the editor shows its name.
  function withNames(text) {
    return String(text || '').replace(/[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)+/g, function (word) {
      return unitByCode[word] ? unitLabel(word) : word;
    });
  }
  function unitOptions(select, selected, withEmpty) {
    select.innerHTML = '';
    if (withEmpty) { select.appendChild(el('option', {value: '', text: '— chọn đơn vị —'})); }
    var wanted = [].concat(selected || []);
    units.forEach(function (u) {
      select.appendChild(el('option', {value: u.code, text: unitLabel(u.code), selected: wanted.indexOf(u.code) >= 0}));
    });
    wanted.filter(function (code) { return code && !unitByCode[code]; }).forEach(function (code) {
      select.appendChild(el('option', {value: code, text: MISSING_UNIT + ' – chọn lại', selected: true}));
    });
  }
  function selected(select) {
    return Array.prototype.filter.call(select.options, function (o) { return o.selected && o.value; })
      .map(function (o) { return o.value; });
  }

  // ---- the simple fields: every form control with data-path outside the row lists ----
  function simpleFields() {
    return Array.prototype.filter.call(document.querySelectorAll('#form [data-path]'), function (node) {
      return /^(INPUT|SELECT|TEXTAREA)$/.test(node.tagName) && !node.closest('#tasks, #participants, #metrics');
    });
  }
  function fillSimple(doc) {
    simpleFields().forEach(function (field) {
      var value = get(doc, field.dataset.path);
      var type = field.dataset.type;
      if (field.dataset.units) { unitOptions(field, value, field.dataset.units === 'one'); return; }
      if (type === 'bool') { field.checked = value !== false; return; }
      if (type === 'date') { field.value = toDisplayDate(value); return; }
      if (type === 'deadline') { field.value = deadlineText(value); return; }
      if (type === 'lines') { field.value = (value || []).join('\n'); return; }
      field.value = value === undefined || value === null ? (field.tagName === 'SELECT' ? field.options[0].value : '') : value;
    });
  }
  function collectSimple(doc) {
    simpleFields().forEach(function (field) {
      var type = field.dataset.type;
      var value;
      if (field.dataset.units === 'many') { value = selected(field); }
      else if (type === 'bool') { value = field.checked; }
      else if (type === 'date') { value = toIsoDate(field.value); }
      else if (type === 'int') { value = field.value.trim() === '' ? undefined : (/^\d+$/.test(field.value.trim()) ? Number(field.value.trim()) : field.value.trim()); }
      else if (type === 'lines') { value = field.value.split('\n').map(function (l) { return l.trim(); }).filter(Boolean); }
      else { value = field.value.trim(); }
      set(doc, field.dataset.path, value);
    });
    ['directive', 'stages', 'plan.signer'].forEach(function (path) {
      var part = get(doc, path);
      if (part && typeof part === 'object' && !Object.keys(part).length) { set(doc, path, undefined); }
    });
  }

  // ---- participants ----
  function renderParticipants(list) {
    var body = $('participants');
    body.innerHTML = '';
    // A participant may be written as its code alone ("AQ-TDP01") or as {unit, cascade}.
    (list || []).forEach(function (p, i) { body.appendChild(participantRow(typeof p === 'string' ? {unit: p} : p, i)); });
  }
  function participantRow(p, i) {
    var select = el('select', {className: 'p-unit', 'aria-label': 'Đơn vị tham gia ' + (i + 1)});
    select.dataset.path = 'participants[' + i + '].unit';
    unitOptions(select, p.unit, true);
    var cascade = el('input', {type: 'checkbox', className: 'p-cascade', checked: !!p.cascade, 'aria-label': 'Triển khai xuống cấp dưới'});
    var remove = el('button', {type: 'button', text: 'Bỏ', 'aria-label': 'Bỏ đơn vị tham gia ' + (i + 1)});
    remove.addEventListener('click', function () { var doc = collect(); doc.participants.splice(i, 1); renderParticipants(doc.participants); });
    var row = el('tr', {}, [el('td', {}, [select]), el('td', {}, [cascade]), el('td', {}, [remove])]);
    row.dataset.path = 'participants[' + i + ']';
    return row;
  }
  function collectParticipants() {
    return Array.prototype.map.call($('participants').querySelectorAll('tr[data-path]'), function (row) {
      var p = {unit: row.querySelector('.p-unit').value};
      if (row.querySelector('.p-cascade').checked) { p.cascade = true; }
      return p;
    }).filter(function (p) { return p.unit; });
  }
  function addParticipants(codes) {
    var doc = collect();
    var have = doc.participants.map(function (p) { return p.unit; });
    codes.filter(function (c) { return have.indexOf(c) < 0; }).forEach(function (c) { doc.participants.push({unit: c}); });
    renderParticipants(doc.participants);
  }
  function descendants(code) {
    var out = [];
    units.forEach(function (u) {
      for (var p = u.parent, depth = 0; p && depth < 10; p = unitByCode[p] && unitByCode[p].parent, depth++) {
        if (p === code) { out.push(u); return; }
      }
    });
    return out;
  }

  // ---- tasks ----
  function renderTasks(list) {
    var box = $('tasks');
    base.tasks = JSON.parse(JSON.stringify(list || []));
    box.innerHTML = '';
    (list || []).forEach(function (t, i) { box.appendChild(taskBlock(t, i)); });
  }
  function field(label, control, path, cls) {
    control.dataset.path = path;
    return el('label', {className: cls || ''}, [document.createTextNode(label), control]);
  }
  function taskBlock(t, i) {
    var p = 'tasks[' + i + ']';
    var lead = el('select', {className: 't-lead'});
    unitOptions(lead, t.lead, true);
    var coordinating = el('select', {className: 't-coordinating', multiple: true, size: 3});
    unitOptions(coordinating, t.coordinating || [], false);
    var remove = el('button', {type: 'button', className: 'remove', text: 'Bỏ nhiệm vụ ' + (i + 1)});
    remove.addEventListener('click', function () { var doc = collect(); doc.tasks.splice(i, 1); renderTasks(doc.tasks); });
    var deadline = el('input', {className: 't-deadline', value: deadlineText(t.deadline), list: 'deadlineWords'});
    var due = el('span', {className: 'due'});
    due.dataset.due = 'task-' + i;
    var block = el('div', {className: 'task', role: 'group', 'aria-label': 'Nhiệm vụ ' + (i + 1)}, [
      field('Số thứ tự', el('input', {className: 't-code', value: t.code || ''}), p + '.code'),
      field('Tên nhiệm vụ', el('input', {className: 't-title', value: t.title || ''}), p + '.title', 'title'),
      el('label', {}, [document.createTextNode('Thời hạn'), deadline, due]),
      field('Nội dung', el('textarea', {className: 't-description', rows: 2, value: t.description || ''}), p + '.description', 'desc'),
      field('Sản phẩm', el('input', {className: 't-output', value: t.output || ''}), p + '.output'),
      field('Đơn vị chủ trì', lead, p + '.lead', 'lead'),
      field('Đơn vị phối hợp (Ctrl để chọn nhiều)', coordinating, p + '.coordinating'),
      remove
    ]);
    deadline.dataset.path = p + '.deadline';
    block.dataset.path = p;
    return block;
  }
  function collectTasks() {
    return Array.prototype.map.call($('tasks').querySelectorAll('.task'), function (block, i) {
      var original = (base.tasks || [])[i] || {};
      var t = JSON.parse(JSON.stringify(original));
      function val(cls) { return block.querySelector(cls).value.trim(); }
      t.code = val('.t-code'); t.title = val('.t-title');
      ['description', 'output'].forEach(function (k) { var v = val('.t-' + k); if (v) { t[k] = v; } else { delete t[k]; } });
      t.lead = val('.t-lead');
      t.coordinating = selected(block.querySelector('.t-coordinating'));
      var d = val('.t-deadline');
      if (d) { t.deadline = d; } else { delete t.deadline; }
      return t;
    });
  }

  // ---- metrics ----
  function renderMetrics(list) {
    var body = $('metrics');
    body.innerHTML = '';
    (list || []).forEach(function (m, i) {
      var p = 'metrics[' + i + ']';
      var key = el('input', {className: 'm-key', value: m.key || '', 'aria-label': 'Mã chỉ tiêu ' + (i + 1)});
      var label = el('input', {className: 'm-label', value: m.label || '', 'aria-label': 'Tên chỉ tiêu ' + (i + 1)});
      var unit = el('input', {className: 'm-unit', value: m.unit || '', 'aria-label': 'Đơn vị tính ' + (i + 1)});
      key.dataset.path = p + '.key'; label.dataset.path = p + '.label'; unit.dataset.path = p + '.unit';
      var remove = el('button', {type: 'button', text: 'Bỏ', 'aria-label': 'Bỏ chỉ tiêu ' + (i + 1)});
      remove.addEventListener('click', function () { var doc = collect(); doc.metrics.splice(i, 1); renderMetrics(doc.metrics); });
      var row = el('tr', {}, [el('td', {}, [key]), el('td', {}, [label]), el('td', {}, [unit]), el('td', {}, [remove])]);
      row.dataset.path = p;
      body.appendChild(row);
    });
  }
  function collectMetrics() {
    return Array.prototype.map.call($('metrics').querySelectorAll('tr[data-path]'), function (row) {
      var m = {key: row.querySelector('.m-key').value.trim(), label: row.querySelector('.m-label').value.trim()};
      var unit = row.querySelector('.m-unit').value.trim();
      if (unit) { m.unit = unit; }
      return m;
    }).filter(function (m) { return m.key || m.label; });
  }

  // ---- the whole document ----
  function fill(doc) {
    base = JSON.parse(JSON.stringify(doc || {}));
    fillSimple(base);
    renderParticipants(base.participants);
    renderTasks(base.tasks);
    renderMetrics(base.metrics);
  }
  function collect() {
    var doc = JSON.parse(JSON.stringify(base));
    collectSimple(doc);
    doc.participants = collectParticipants();
    doc.tasks = collectTasks();
    doc.metrics = collectMetrics();
    return doc;
  }

  // ---- marks: errors and guesses next to their fields ----
  function clearMarks(kind) {
    document.querySelectorAll('.' + kind).forEach(function (n) { n.classList.remove(kind); n.removeAttribute('title'); });
    if (kind === 'invalid') {
      document.querySelectorAll('.err-row').forEach(function (n) { n.remove(); });
      document.querySelectorAll('.err').forEach(function (n) { (n.parentNode.tagName === 'TD' && n.parentNode.childNodes.length === 1 ? n.parentNode : n).remove(); });
    }
  }
  function target(path) {
    for (var p = path; p; p = p.replace(/(\.[^.\[\]]+|\[\d+\])$/, '')) {
      var node = document.querySelector('[data-path="' + p.replace(/"/g, '') + '"]');
      if (node) { return node; }
      if (!/(\.[^.\[\]]+|\[\d+\])$/.test(p)) { break; }
    }
    return null;
  }
  function describe(path) {
    if (path === 'rolloutOn') { return 'Ngày triển khai khi kiểm tra (hôm nay)'; }
    var node = target(path);
    var label = node && node.closest('label');
    return label ? label.firstChild.textContent.trim() : path;
  }
  function showErrors(errors) {
    clearMarks('invalid');
    var list = el('ul');
    errors.forEach(function (e) {
      var node = target(e.field);
      var where = describe(e.field) + (/\[(\d+)\]/.test(e.field) ? ' (' + e.field.replace(/\[(\d+)\]/g, function (_, n) { return ' ' + (Number(n) + 1); }) + ')' : '');
      if (node) {
        node.classList.add('invalid');
        var note = el('div', {className: 'err', text: withNames(e.message)});
        if (node.tagName === 'TBODY') {
          node.appendChild(el('tr', {className: 'err-row'}, [el('td', {colSpan: 4}, [note])]));
        } else if (node.tagName === 'TR') {
          node.appendChild(el('td', {}, [note]));
        } else {
          node.insertAdjacentElement('afterend', note);
        }
      }
      var go = el('button', {type: 'button', text: where});
      go.addEventListener('click', function () { var f = node && (node.matches('input,select,textarea') ? node : node.querySelector('input,select,textarea')); if (f) { f.focus(); } });
      list.appendChild(el('li', {}, [go, document.createTextNode(': ' + withNames(e.message))]));
    });
    var box = $('summary');
    box.className = 'summary';
    box.innerHTML = '';
    box.appendChild(el('strong', {text: 'Có ' + errors.length + ' lỗi cần sửa:'}));
    box.appendChild(list);
    box.hidden = false;
    box.focus();
  }
  function showGuesses(findings, unmatched) {
    clearMarks('guess');
    var list = el('ul');
    (findings || []).forEach(function (f) {
      var node = target(f.field);
      if (node) {
        node.classList.add('guess');
        node.title = withNames(f.note) + (f.source ? ' — từ: «' + f.source + '»' : '');
        node.addEventListener('input', function () { node.classList.remove('guess'); }, {once: true});
      }
    });
    var box = $('summary');
    box.className = 'summary guesses';
    box.innerHTML = '';
    box.appendChild(el('strong', {text: 'Đã điền từ văn bản. Các ô tô vàng là chỗ hệ thống đoán (' + (findings || []).length + '), hãy kiểm tra; di chuột hoặc xem danh sách để biết căn cứ.'}));
    (findings || []).slice(0, 200).forEach(function (f) {
      list.appendChild(el('li', {text: describe(f.field) + ' [' + f.field + ']: ' + withNames(f.note) + (f.source ? ' — «' + f.source + '»' : '')}));
    });
    if (unmatched && unmatched.length) {
      list.appendChild(el('li', {text: 'Không khớp đơn vị nào (cần chọn tay): ' + unmatched.join('; ')}));
    }
    box.appendChild(list);
    box.hidden = false;
  }

  // ---- server ----
  function token() {
    var match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
    if (match) { return Promise.resolve(decodeURIComponent(match[1])); }
    if (csrf) { return Promise.resolve(csrf); }
    // The cookie is scoped to the webapps' path (/camunda): the application hands this page the
    // session's token itself.
    return fetch('/api/me/csrf-token', {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
      .then(function (r) { return r.ok ? r.json() : {}; })
      .then(function (answer) { csrf = answer.token || null; return csrf; }, function () { return null; });
  }
  function call(method, url, body, type) {
    return token().then(function (t) {
      var headers = {'Accept': 'application/json'};
      if (type) { headers['Content-Type'] = type; }
      if (t && method !== 'GET') { headers['X-XSRF-TOKEN'] = t; }
      return fetch(url, {method: method, headers: headers, body: body, credentials: 'same-origin'});
    }).then(function (response) {
      return response.text().then(function (text) {
        var data = null;
        try { data = text ? JSON.parse(text) : null; } catch (ignored) { data = {detail: text}; }
        if (!response.ok) { var error = new Error((data && (data.detail || data.message)) || ('Lỗi ' + response.status)); error.problem = data || {}; error.status = response.status; throw error; }
        return data;
      });
    });
  }
  function failed(error) {
    if (error.problem && error.problem.errors && error.problem.errors.length) {
      showErrors(error.problem.errors);
      status('Chưa hợp lệ: xem các lỗi bên dưới.', true);
    } else {
      status(withNames(error.message || String(error)), true);
    }
  }

  function showDraft(view) {
    draft = view;
    $('title').textContent = 'Dự thảo kế hoạch số ' + view.id + ' – ' + unitLabel(view.draftingUnit);
    $('state').textContent = view.stateLabel;
    var returned = $('returned');
    returned.hidden = !(view.returnReason && view.state === 'DRAFTING');
    returned.textContent = view.returnReason ? (view.returnedBy || 'Bị trả lại') + ' với lý do: ' + withNames(view.returnReason) : '';
    document.querySelectorAll('#form input, #form select, #form textarea, #form button').forEach(function (n) { n.disabled = !view.editable; });
    ['save', 'openImport', 'addTask', 'addParticipant', 'addChildren', 'addGroups', 'addMetric'].forEach(function (id) { $(id).hidden = !view.editable; });
  }
  function save() {
    if (!draft || !draft.editable) { return Promise.resolve(draft); }
    status('Đang lưu…');
    return call('PUT', '/api/plan-drafts/' + draftId, JSON.stringify({document: collect()}), 'application/json')
      .then(function (view) {
        clearMarks('invalid');
        $('summary').hidden = true;
        fill(view.document);
        showDraft(view);
        status('Đã lưu lúc ' + serverTime(view.updatedAt) + '.');
        return view;
      });
  }
  // The time of the server's answer, as it is in Việt Nam, whatever the browser's clock and zone.
  function serverTime(instant) {
    var at = instant ? new Date(instant) : null;
    return at && !isNaN(at) ? at.toLocaleTimeString('vi-VN', {timeZone: 'Asia/Ho_Chi_Minh'}) + ' ' +
      at.toLocaleDateString('en-GB', {timeZone: 'Asia/Ho_Chi_Minh'}) : '';
  }
  // Without rolloutOn the preview rolls out on the server's today (the engine's clock), not the
  // browser's: a wrong or far-away PC clock must not shift the schedule shown.
  function check() {
    return save().then(function (view) {
      status('Đang kiểm tra…');
      return call('POST', '/api/plans/preview', JSON.stringify(view ? view.document : collect()), 'application/json');
    }).then(function (preview) {
      clearMarks('invalid');
      $('summary').hidden = true;
      showSchedule(preview);
      status('Hợp lệ. Hạn đã tính nếu triển khai hôm nay, ' + toDisplayDate(preview.rolloutOn) + '. Có thể bấm «Hoàn thành» ở công việc trong Tasklist để trình duyệt.');
    }).catch(failed);
  }
  function dueText(at) { return at ? 'Hạn: ' + toDisplayDate(String(at).slice(0, 10)) : 'Không có hạn (báo cáo định kỳ)'; }
  function showSchedule(preview) {
    document.querySelectorAll('[data-due]').forEach(function (n) { n.textContent = ''; });
    (preview.stages || []).forEach(function (s) { var n = document.querySelector('[data-due="stage-' + s.stage + '"]'); if (n) { n.textContent = dueText(s.dueAt); } });
    var codes = collect().tasks.map(function (t) { return t.code; });
    (preview.tasks || []).forEach(function (t) {
      var i = codes.indexOf(t.code);
      var n = document.querySelector('[data-due="task-' + i + '"]');
      if (n) { n.textContent = dueText(t.dueAt); }
    });
    var body = $('rounds');
    body.innerHTML = '';
    (preview.reportingRounds || []).forEach(function (r) {
      body.appendChild(el('tr', {}, [el('td', {text: r.label}), el('td', {text: toDisplayDate(r.dataFrom)}),
        el('td', {text: toDisplayDate(r.cutOff)}), el('td', {text: toDisplayDate(String(r.submissionDeadline).slice(0, 10))})]));
    });
    $('roundsTable').hidden = !(preview.reportingRounds || []).length;
  }
  function runImport() {
    var file = $('importFile').files[0];
    var text = $('importText').value;
    var request;
    if (file) {
      var data = new FormData();
      data.append('file', file);
      request = call('POST', '/api/plan-drafts/extract', data, null);
    } else if (text.trim()) {
      request = call('POST', '/api/plan-drafts/extract', text, 'text/plain; charset=utf-8');
    } else {
      status('Dán văn bản hoặc chọn tệp .docx trước.', true);
      $('importText').focus();
      return;
    }
    status('Đang đọc văn bản…');
    request.then(function (result) {
      fill(result.document);
      $('importBox').hidden = true;
      showGuesses(result.findings, result.unmatched);
      status('Đã điền từ văn bản; kiểm tra các ô tô vàng rồi bấm Lưu.');
    }).catch(failed);
  }

  // ---- wiring ----
  $('save').addEventListener('click', function () { save().catch(failed); });
  $('check').addEventListener('click', check);
  $('openImport').addEventListener('click', function () { $('importBox').hidden = false; $('importText').focus(); });
  $('closeImport').addEventListener('click', function () { $('importBox').hidden = true; $('openImport').focus(); });
  $('runImport').addEventListener('click', runImport);
  $('addTask').addEventListener('click', function () {
    var doc = collect();
    doc.tasks.push({code: String(doc.tasks.length + 1), title: '', coordinating: []});
    renderTasks(doc.tasks);
    var blocks = $('tasks').querySelectorAll('.task');
    blocks[blocks.length - 1].querySelector('.t-title').focus();
  });
  $('addParticipant').addEventListener('click', function () {
    var doc = collect();
    doc.participants.push({unit: ''});
    renderParticipants(doc.participants);
    var rows = $('participants').querySelectorAll('tr[data-path]');
    rows[rows.length - 1].querySelector('select').focus();
  });
  $('addChildren').addEventListener('click', function () {
    var issuer = collect().plan.issuingUnit;
    addParticipants(units.filter(function (u) { return u.parent === issuer; }).map(function (u) { return u.code; }));
  });
  $('addGroups').addEventListener('click', function () {
    var issuer = collect().plan.issuingUnit;
    addParticipants(descendants(issuer).filter(function (u) { return u.kind === 'RESIDENTIAL_GROUP'; }).map(function (u) { return u.code; }));
  });
  $('addMetric').addEventListener('click', function () {
    var doc = collect();
    doc.metrics.push({key: '', label: ''});
    renderMetrics(doc.metrics);
  });
  // Shortcuts by the physical key, so they work whatever the keyboard layout (Telex, VNI) types.
  document.addEventListener('keydown', function (event) {
    var save_ = ((event.ctrlKey || event.metaKey) && event.code === 'KeyS') || (event.altKey && event.code === 'KeyS');
    if (save_ && draft && draft.editable) {
      event.preventDefault();
      save().catch(failed);
    } else if (event.altKey && event.code === 'KeyK') {
      event.preventDefault();
      check();
    } else if (event.altKey && event.code === 'KeyN' && draft && draft.editable) {
      event.preventDefault();
      $('openImport').click();
    }
  });

  if (!draftId || !/^\d+$/.test(draftId)) {
    status('Thiếu số dự thảo: mở trình soạn thảo từ công việc «Soạn thảo kế hoạch» trong Tasklist.', true);
    return;
  }
  status('Đang tải…');
  Promise.all([call('GET', '/api/units'), call('GET', '/api/plan-drafts/' + draftId)]).then(function (answers) {
    units = answers[0];
    units.forEach(function (u) { unitByCode[u.code] = u; sameName[u.name] = (sameName[u.name] || 0) + 1; });
    fill(answers[1].document);
    showDraft(answers[1]);
    status(answers[1].editable ? 'Đã tải dự thảo. Ctrl+S để lưu.' : 'Dự thảo chỉ để xem ở bước «' + answers[1].stateLabel + '».');
  }).catch(function (error) {
    status(error.status === 401 ? 'Bạn chưa đăng nhập: hãy đăng nhập Tasklist rồi mở lại trang này.' : error.message, true);
  });
})();

/*
 * "Đề nghị gia hạn" as a tab of the task itself: the request is pre-filled with the task, its
 * unit and its due date (GET /api/tasks/{id}/extension-requests/draft); the officer types the new
 * date and the reason. The server checks everything again; its Vietnamese refusal is shown as is.
 */
const ROOT = window.location.pathname.split('/camunda/app/')[0];

function csrfToken(api) {
  if (api && api.CSRFToken) {
    return api.CSRFToken;
  }
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
  return match ? decodeURIComponent(match[1]) : '';
}

async function call(method, path, body, api) {
  const headers = { Accept: 'application/json' };
  if (body) {
    headers['Content-Type'] = 'application/json';
    headers['X-XSRF-TOKEN'] = csrfToken(api);
  }
  const response = await fetch(`${ROOT}/api${path}`, {
    method, credentials: 'same-origin', headers, body: body ? JSON.stringify(body) : undefined
  });
  let json = null;
  try {
    json = await response.json();
  } catch (notJson) {
    /* an empty or non-JSON answer */
  }
  if (!response.ok) {
    const fields = json && json.errors ? json.errors.map((error) => `${error.field}: ${error.message}`).join('; ') : '';
    throw new Error((json && (fields || json.detail)) || `Không thực hiện được (mã lỗi ${response.status}).`);
  }
  return json;
}

function element(tag, attributes, text) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

function line(label, value) {
  const row = element('p');
  row.appendChild(element('strong', {}, `${label}: `));
  row.appendChild(document.createTextNode(value || '—'));
  return row;
}

function renderForm(node, draft, api, taskId) {
  const form = element('form', { class: 'trienkhai-extension', novalidate: 'novalidate' });
  form.appendChild(line('Công việc', draft.taskName));
  form.appendChild(line('Đơn vị', draft.unitName));
  form.appendChild(line('Hạn hiện tại', draft.currentDue));
  const date = element('input', { type: 'date', id: 'trienkhai-new-due', name: 'newDueDate', required: 'required',
    min: draft.earliestNewDueDate, class: 'form-control' });
  const reason = element('textarea', { id: 'trienkhai-reason', name: 'reason', required: 'required', rows: '4',
    maxlength: String(draft.reasonMaxLength), class: 'form-control' });
  form.appendChild(element('label', { for: 'trienkhai-new-due' }, 'Hạn mới đề nghị'));
  form.appendChild(date);
  form.appendChild(element('label', { for: 'trienkhai-reason' }, 'Lý do'));
  form.appendChild(reason);
  const message = element('p', { class: 'trienkhai-extension-message', role: 'status' });
  const submit = element('button', { type: 'submit', class: 'btn btn-primary' }, 'Gửi đề nghị gia hạn');
  form.appendChild(submit);
  form.appendChild(message);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!date.value || !reason.value.trim()) {
      message.textContent = 'Hãy chọn hạn mới đề nghị và nhập lý do.';
      return;
    }
    submit.disabled = true;
    try {
      await call('POST', `/tasks/${encodeURIComponent(taskId)}/extension-requests`,
        { newDueDate: date.value, reason: reason.value.trim() }, api);
      message.textContent = 'Đã gửi đề nghị gia hạn. Cơ quan chủ trì sẽ xem xét; hạn mới có hiệu lực khi được đồng ý.';
    } catch (refused) {
      message.textContent = refused.message;
      submit.disabled = false;
    }
  });
  node.appendChild(form);
}

export default [{
  id: 'trienkhai.extension',
  pluginPoint: 'tasklist.task.detail',
  priority: 1,
  properties: { label: 'Đề nghị gia hạn' },
  render: (node, { api, taskId }) => {
    node.textContent = '';
    call('GET', `/tasks/${encodeURIComponent(taskId)}/extension-requests/draft`, null, api)
      .then((draft) => renderForm(node, draft, api, taskId))
      .catch((refused) => node.appendChild(element('p', { class: 'trienkhai-extension-message' },
        `Việc này không thể đề nghị gia hạn: ${refused.message}`)));
  }
}];

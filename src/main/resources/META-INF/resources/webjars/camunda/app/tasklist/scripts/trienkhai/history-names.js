/*
 * Tasklist's «Lịch sử» tab shows who acted and who was assigned by login (aq-tdp06.canbo) and candidate
 * units by group id (aq-tdp06). This replaces them with the names /api/tasks/{id}/people gives for that
 * task: the person's name, the unit's name. Asked once per task, when its history is shown (never before
 * the login: an unauthenticated call to /api would meet a Basic challenge).
 */
const ROOT = window.location.pathname.split('/camunda/app/')[0];
const HISTORY = '.history-pane';
const PLACES = '.operation-user, .new-value span, .original-value span';

const people = new Map();

/** The task id in Tasklist's address (#/?filter=…&task=…), or null. */
export function openedTaskId(hash) {
  const query = (hash || '').split('?')[1];
  return query ? new URLSearchParams(query).get('task') : null;
}

/** The name for an id shown in the history, or null when the id is not one of the task's people. */
export function nameFor(names, shown) {
  const id = (shown || '').trim();
  return (names.users && names.users[id]) || (names.groups && names.groups[id]) || null;
}

function namesOf(taskId) {
  if (!people.has(taskId)) {
    people.set(taskId, fetch(`${ROOT}/api/tasks/${encodeURIComponent(taskId)}/people`,
      { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then((response) => (response.ok ? response.json() : { users: {}, groups: {} }))
      .catch(() => {
        people.delete(taskId);
        return { users: {}, groups: {} };
      }));
  }
  return people.get(taskId);
}

async function rename(pane, taskId) {
  const names = await namesOf(taskId);
  pane.querySelectorAll(PLACES).forEach((element) => {
    const name = nameFor(names, element.textContent);
    if (name && element.textContent.trim() !== name) {
      element.textContent = name;
    }
    const tip = element.getAttribute('uib-tooltip');
    const tipName = nameFor(names, tip);
    if (tipName) {
      element.setAttribute('uib-tooltip', tipName);
    }
  });
}

function onChange() {
  const pane = document.querySelector(HISTORY);
  const taskId = openedTaskId(window.location.hash);
  if (pane && taskId && pane.querySelector(PLACES)) {
    rename(pane, taskId);
  }
}

if (typeof document !== 'undefined' && !window.trienkhaiHistoryNames) {
  window.trienkhaiHistoryNames = new MutationObserver(onChange);
  window.trienkhaiHistoryNames.observe(document.documentElement, { childList: true, subtree: true });
}

export default [];

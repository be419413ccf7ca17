/*
 * Tasklist shows a task's form disabled until the task is claimed with «Nhận việc», a button
 * untrained officers do not find. When the signed-in user opens an unassigned task of a unit they
 * belong to (one of its candidate groups, or a candidate user), this presses Tasklist's own
 * «Nhận việc» button for them: Tasklist then claims through its REST API, enables the form and says
 * «Đã nhận việc.». Administrators and anyone else who sees the task without being its candidate keep
 * the button. A task is claimed this way once per browser session: after «Trả lại» it stays unclaimed.
 */
const ROOT = window.location.pathname.split('/camunda/app/')[0];
const ENGINE = (window.location.pathname.match(/\/camunda\/app\/tasklist\/([^/]+)/) || [])[1] || 'default';
const CLAIM_BUTTON = '[cam-tasklist-task-meta] button.claim';
const TRIED_KEY = 'trienkhai.claimedOnOpen';

/** The task id in Tasklist's address (#/?filter=…&task=…), or null. */
export function openedTaskId(hash) {
  const query = (hash || '').split('?')[1];
  return query ? new URLSearchParams(query).get('task') : null;
}

/** Whether the user is a candidate of the task: a candidate group they belong to, or themselves. */
export function isCandidate(links, userId, groupIds) {
  return (links || []).some((link) => link.type === 'candidate'
    && ((link.groupId && groupIds.includes(link.groupId)) || (link.userId && link.userId === userId)));
}

function tried() {
  try {
    return new Set(JSON.parse(window.sessionStorage.getItem(TRIED_KEY) || '[]'));
  } catch (storageDenied) {
    return new Set();
  }
}

function remember(taskId) {
  const ids = tried();
  ids.add(taskId);
  try {
    window.sessionStorage.setItem(TRIED_KEY, JSON.stringify([...ids].slice(-200)));
  } catch (storageDenied) {
    /* claimed again on the next visit, which is harmless */
  }
}

async function getJson(path) {
  const response = await fetch(`${ROOT}${path}`, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(`${path}: ${response.status}`);
  }
  return response.json();
}

let me = null;

function currentUser() {
  if (me === null) {
    me = getJson('/api/me').catch((error) => {
      me = null;
      throw error;
    });
  }
  return me;
}

/* The task the button belongs to: while the next task loads, the previous one's button is still shown. */
function shownTaskId(button) {
  try {
    const scope = window.angular && window.angular.element(button).scope();
    return scope && scope.task ? scope.task.id : null;
  } catch (noAngular) {
    return null;
  }
}

const candidacy = new Map();

/** Whether the user is a candidate of the task, asked once per task. */
function candidateOf(taskId) {
  if (!candidacy.has(taskId)) {
    candidacy.set(taskId, Promise.all([currentUser(),
      getJson(`/camunda/api/engine/engine/${encodeURIComponent(ENGINE)}/task/${encodeURIComponent(taskId)}/identity-links`)])
      .then(([user, links]) => isCandidate(links, user.id, (user.groups || []).map((group) => group.id)))
      .catch(() => false));
  }
  return candidacy.get(taskId);
}

async function claimIfCandidate(taskId) {
  if (!(await candidateOf(taskId))) {
    remember(taskId);
    return;
  }
  const button = document.querySelector(CLAIM_BUTTON);
  if (button && !button.disabled && openedTaskId(window.location.hash) === taskId
      && [taskId, null].includes(shownTaskId(button)) && !tried().has(taskId)) {
    remember(taskId);
    button.click();
  }
}

function onChange() {
  if (!document.querySelector(CLAIM_BUTTON)) {
    return;
  }
  const taskId = openedTaskId(window.location.hash);
  if (taskId && !tried().has(taskId)) {
    claimIfCandidate(taskId);
  }
}

if (typeof document !== 'undefined' && !window.trienkhaiClaimOnOpen) {
  window.trienkhaiClaimOnOpen = new MutationObserver(onChange);
  window.trienkhaiClaimOnOpen.observe(document.documentElement, { childList: true, subtree: true });
}

export default [];

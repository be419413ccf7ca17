/*
 * A task's due date is the plan's deadline: the engine refuses an officer's edit of it (security/PlannedDueDates)
 * and «Đề nghị gia hạn» is the way to ask for more time. So Tasklist's due-date field is shown read-only, without
 * "Đặt hạn" or the remove cross, to everyone but administrators (html.tk-admin). Who the user is is asked once a
 * task is shown, never before the login: an unauthenticated call to /api would meet a Basic challenge.
 */
const ROOT = window.location.pathname.split('/camunda/app/')[0];
const ADMIN_GROUP = 'camunda-admin';
const TASK_META = '[cam-tasklist-task-meta]';

let asked = false;

function markAdministrator() {
  asked = true;
  fetch(`${ROOT}/api/me`, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((response) => (response.ok ? response.json() : null))
    .then((me) => {
      if (me && (me.groups || []).some((group) => group.id === ADMIN_GROUP)) {
        document.documentElement.classList.add('tk-admin');
      }
    })
    .catch(() => { asked = false; });
}

if (typeof document !== 'undefined' && !window.trienkhaiPlannedDueDate) {
  window.trienkhaiPlannedDueDate = new MutationObserver(() => {
    if (!asked && document.querySelector(TASK_META)) {
      markAdministrator();
    }
  });
  window.trienkhaiPlannedDueDate.observe(document.documentElement, { childList: true, subtree: true });
}

export default [];

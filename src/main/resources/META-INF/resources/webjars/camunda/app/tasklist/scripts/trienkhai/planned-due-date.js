/*
 * A task's due date is the plan's deadline: the engine refuses an officer's edit of it (security/PlannedDueDates)
 * and «Đề nghị gia hạn» is the way to ask for more time. So Tasklist's due-date field is shown read-only, without
 * "Đặt hạn" or the remove cross, to everyone but administrators (html.tk-admin, set once /api/me answers).
 */
const ROOT = window.location.pathname.split('/camunda/app/')[0];
const ADMIN_GROUP = 'camunda-admin';

fetch(`${ROOT}/api/me`, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
  .then((response) => (response.ok ? response.json() : null))
  .then((me) => {
    if (me && (me.groups || []).some((group) => group.id === ADMIN_GROUP)) {
      document.documentElement.classList.add('tk-admin');
    }
  })
  .catch(() => { /* not signed in yet: the field stays read-only, which is the safe side */ });

export default [];

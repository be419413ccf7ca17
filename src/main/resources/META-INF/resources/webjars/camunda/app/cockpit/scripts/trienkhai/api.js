/* Calls to trienkhai's own REST API with the Cockpit session (same origin, the webapp's login). */
const ROOT = window.location.pathname.split('/camunda/app/')[0];

/** A path of the application (e.g. a Tasklist link the API gives), under the context path Cockpit runs in. */
export function appUrl(path) {
  return `${ROOT}${path}`;
}

export function apiUrl(path) {
  return `${ROOT}/api${path}`;
}

export async function getJson(path, csrfToken) {
  const headers = { Accept: 'application/json' };
  if (csrfToken) {
    headers['X-XSRF-TOKEN'] = csrfToken;
  }
  const response = await fetch(apiUrl(path), { credentials: 'same-origin', headers });
  if (!response.ok) {
    let detail = `Lỗi ${response.status}`;
    try {
      detail = (await response.json()).detail || detail;
    } catch (notJson) {
      /* keep the status */
    }
    throw new Error(detail);
  }
  return response.json();
}

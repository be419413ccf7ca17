/*
 * The 7.24 Tasklist sorts its list by creation date, newest first, whatever the filter's own
 * query says, and writes that sorting into the address. Officers need the most urgent first: the
 * first time a filter is opened in a browser session with Tasklist's own default, this switches
 * it to due date, earliest first. A sorting the user picks afterwards is left alone. It acts only
 * once Tasklist has put its filter in the address (a running app): changing the address while
 * AngularJS starts up stops it from rendering.
 */
export const DUE_DATE_FIRST = JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }]);
const TASKLIST_DEFAULT = JSON.stringify([{ sortBy: 'created', sortOrder: 'desc' }]);
const SEEN_KEY = 'trienkhai.sortedFilters';

/** The address with due-date sorting, or null to leave it; {@code seen} holds the filters already sorted. */
export function withDefaultSorting(hash, seen) {
  const [path, query = ''] = (hash || '').split('?');
  if (path !== '#/' && path !== '#' && path !== '') {
    return null;
  }
  const params = new URLSearchParams(query);
  const filter = params.get('filter');
  if (!filter || seen.has(filter)) {
    return null;
  }
  seen.add(filter);
  const sorting = params.get('sorting');
  if (sorting && sorting !== TASKLIST_DEFAULT) {
    return null;
  }
  params.set('sorting', DUE_DATE_FIRST);
  return `#/?${params.toString()}`;
}

function seenFilters() {
  try {
    return new Set(JSON.parse(window.sessionStorage.getItem(SEEN_KEY) || '[]'));
  } catch (storageDenied) {
    return new Set();
  }
}

function sortByDueDate() {
  const seen = seenFilters();
  const hash = withDefaultSorting(window.location.hash, seen);
  try {
    window.sessionStorage.setItem(SEEN_KEY, JSON.stringify([...seen]));
  } catch (storageDenied) {
    /* sorted again next time */
  }
  if (hash !== null) {
    window.location.replace(`${window.location.pathname}${window.location.search}${hash}`);
  }
}

if (typeof window !== 'undefined' && !window.trienkhaiDefaultSorting) {
  window.trienkhaiDefaultSorting = true;
  window.addEventListener('hashchange', sortByDueDate);
}

export default [];

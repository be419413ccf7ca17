/*
 * The 7.24 Tasklist sorts its list by creation date unless the address carries a "sorting"
 * parameter, whatever the filter's own query says. Officers need the most urgent first: when the
 * list is opened without a sorting of the user's choice, this adds due date, earliest first.
 * A sorting the user picks afterwards is in the address and is left alone.
 */
export const DUE_DATE_FIRST = JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }]);

export function withDefaultSorting(hash) {
  const [path, query = ''] = (hash || '').split('?');
  if (path !== '#/' && path !== '#' && path !== '') {
    return null;
  }
  const params = new URLSearchParams(query);
  if (params.has('sorting')) {
    return null;
  }
  params.set('sorting', DUE_DATE_FIRST);
  return `#/?${params.toString()}`;
}

function sortByDueDate() {
  const hash = withDefaultSorting(window.location.hash);
  if (hash !== null) {
    window.location.replace(`${window.location.pathname}${window.location.search}${hash}`);
  }
}

if (typeof window !== 'undefined' && !window.trienkhaiDefaultSorting) {
  window.trienkhaiDefaultSorting = true;
  window.addEventListener('hashchange', sortByDueDate);
  sortByDueDate();
}

export default [];

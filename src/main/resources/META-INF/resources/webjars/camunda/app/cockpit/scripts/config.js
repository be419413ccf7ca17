/*
 * Cockpit configuration for trienkhai (overrides the webjar's own scripts/config.js).
 *
 * Vietnamese by default, as in Tasklist: the dashboard and the process pages are translated,
 * the rest of Cockpit keeps the English text inside vi.json (see docs/vi-locale.md).
 * localStorage.setItem('trienkhai.locale', 'en') brings English back for one browser.
 *
 * customScripts: the progress plugin of trienkhai (scripts/trienkhai/, docs/monitoring.md); the path
 * is relative to app/cockpit/.
 */
const englishWanted = (() => {
  try {
    return window.localStorage.getItem('trienkhai.locale') === 'en';
  } catch (storageDenied) {
    return false;
  }
})();

export default {
  app: {
    name: 'Giám sát',
    vendor: 'trienkhai'
  },
  locales: englishWanted
    ? { availableLocales: ['en', 'vi'], fallbackLocale: 'en' }
    : { availableLocales: ['vi'], fallbackLocale: 'vi' },
  customScripts: ['scripts/trienkhai/progress-plugin.js']
};

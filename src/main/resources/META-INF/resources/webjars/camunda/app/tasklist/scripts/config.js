/*
 * Tasklist configuration for trienkhai (overrides the webjar's own scripts/config.js).
 *
 * Vietnamese is the only locale offered unless a browser has opted into English with
 * localStorage.setItem('trienkhai.locale', 'en'): Tasklist picks the first browser language
 * if it is available and the fallback locale otherwise, so listing 'en' would hand English
 * to every browser set to English.
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
    name: 'Nhiệm vụ',
    vendor: 'trienkhai'
  },
  locales: englishWanted
    ? { availableLocales: ['en', 'vi'], fallbackLocale: 'en' }
    : { availableLocales: ['vi'], fallbackLocale: 'vi' },
  disableWelcomeMessage: true,
  customScripts: ['scripts/trienkhai/form-messages.js', 'scripts/trienkhai/extension-tab.js',
    'scripts/trienkhai/default-sorting.js', 'scripts/trienkhai/claim-on-open.js',
    'scripts/trienkhai/planned-due-date.js', 'scripts/trienkhai/history-names.js'],
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'nhận nhiệm vụ đang chọn'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'chuyển tới bộ lọc đầu tiên'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'chuyển tới nhiệm vụ đầu tiên trong danh sách'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'chuyển tới ô nhập đầu tiên của biểu mẫu'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'mở hộp thoại khởi tạo quy trình'
    }
  }
};

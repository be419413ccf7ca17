/*
 * form-js 1.8.7 (Camunda Forms in Tasklist) writes its validation messages in English and has no
 * translation hook. This module rewrites them in Vietnamese as they appear. Loaded through
 * customScripts in ../config.js; it registers no Tasklist plugin.
 */
const MESSAGES = [
  [/^Field is required\.$/, () => 'Trường này là bắt buộc.'],
  [/^Field must have minimum value of (.+)\.$/, (m) => `Giá trị phải từ ${m[1]} trở lên.`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `Giá trị không được lớn hơn ${m[1]}.`],
  [/^Field must have minimum length of (.+)\.$/, (m) => `Cần ít nhất ${m[1]} ký tự.`],
  [/^Field must have maximum length of (.+)\.$/, (m) => `Không được dài quá ${m[1]} ký tự.`],
  [/^Field must match pattern (.+)\.$/, (m) => `Giá trị không đúng định dạng yêu cầu (${m[1]}).`],
  [/^Field must be a valid email\.$/, () => 'Địa chỉ email không hợp lệ.'],
  [/^Field must be a valid\s+international phone number\..*$/, () => 'Số điện thoại không hợp lệ (ví dụ: +84912345678).']
];

export function translate(text) {
  const trimmed = (text || '').trim();
  for (const [pattern, message] of MESSAGES) {
    const match = trimmed.match(pattern);
    if (match) {
      return message(match);
    }
  }
  return null;
}

/*
 * The engine's REST API puts an English prefix with the task's or definition's id before the
 * application's Vietnamese refusal ("Cannot submit task form 1a2b…: Trường «…»: …"); Tasklist
 * shows it as is. The prefix goes, the refusal stays.
 */
const PREFIXES = [
  [/^Cannot submit task form [^:]*:\s*/, 'Không gửi được biểu mẫu: '],
  [/^Cannot complete task [^:]*:\s*/, 'Không hoàn thành được công việc: '],
  [/^Cannot instantiate process definition [^:]*:\s*/, 'Không khởi tạo được quy trình: '],
  // Two officers of a unit opening the same task at once: the second «Nhận việc» (claim-on-open.js) is refused.
  [/^Task '[^']*' is already claimed by someone else\.?$/,
    'Việc này vừa được người khác trong đơn vị nhận. Tải lại trang để xem người đang giữ việc.']
];

export function withoutEnginePrefix(text) {
  for (const [pattern, replacement] of PREFIXES) {
    if (pattern.test(text || '')) {
      return text.replace(pattern, replacement);
    }
  }
  return null;
}

function translateNotifications(root) {
  root.querySelectorAll('.notifications, .alert, .notification').forEach((box) => {
    const texts = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    for (let text = texts.nextNode(); text !== null; text = texts.nextNode()) {
      const vietnamese = withoutEnginePrefix(text.nodeValue);
      if (vietnamese !== null) {
        text.nodeValue = vietnamese;
      }
    }
  });
}

/* The select's placeholders, which form-js 1.8.7 does not let a form set. */
const PLACEHOLDERS = { Select: 'Chọn…', Search: 'Tìm…' };

function translatePlaceholders(root) {
  root.querySelectorAll('.fjs-form-field-select').forEach((field) => {
    const texts = document.createTreeWalker(field, NodeFilter.SHOW_TEXT);
    for (let text = texts.nextNode(); text !== null; text = texts.nextNode()) {
      const vietnamese = PLACEHOLDERS[(text.nodeValue || '').trim()];
      if (vietnamese) {
        text.nodeValue = vietnamese;
      }
    }
    field.querySelectorAll('input[placeholder]').forEach((input) => {
      const vietnamese = PLACEHOLDERS[input.getAttribute('placeholder')];
      if (vietnamese) {
        input.setAttribute('placeholder', vietnamese);
      }
    });
  });
}

/*
 * Only the text nodes' values change: form-js (Preact) keeps references to them, and replacing
 * the nodes would make it insert the English text again beside the translation.
 */
function translateNode(root) {
  root.querySelectorAll('.fjs-form-field-error').forEach((error) => {
    const texts = document.createTreeWalker(error, NodeFilter.SHOW_TEXT);
    for (let text = texts.nextNode(); text !== null; text = texts.nextNode()) {
      const vietnamese = translate(text.nodeValue);
      if (vietnamese !== null) {
        text.nodeValue = vietnamese;
      }
    }
  });
}

if (typeof document !== 'undefined' && !window.trienkhaiFormMessages) {
  window.trienkhaiFormMessages = new MutationObserver(() => {
    translateNode(document.body);
    translatePlaceholders(document.body);
    translateNotifications(document.body);
  });
  window.trienkhaiFormMessages.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
}

export default [];

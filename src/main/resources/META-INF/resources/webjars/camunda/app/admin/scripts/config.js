/*
 * Admin configuration for trienkhai (overrides the webjar's own scripts/config.js).
 * Admin is for the platform's administrators and stays in English.
 */
export default {
  app: {
    name: 'Quản trị',
    vendor: 'trienkhai'
  }
};

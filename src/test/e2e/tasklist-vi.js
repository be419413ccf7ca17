'use strict';

// An officer with an English browser logs into Tasklist and must see Vietnamese only.
// Usage: BASE_URL=http://localhost:8080 node src/test/e2e/tasklist-vi.js
// Screenshots go to target/e2e/ at the repository top.

const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const BASE_URL = process.env.BASE_URL || 'http://localhost:8080';
const USERNAME = process.env.E2E_USER || 'aq-tdp01.canbo';
const PASSWORD = process.env.E2E_PASSWORD || 'demo';
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const SHOTS = path.resolve(__dirname, '..', '..', '..', 'target', 'e2e');

const failures = [];

function check(condition, message) {
  if (!condition) {
    failures.push(message);
  }
}

async function localeLabels(locale) {
  const response = await fetch(`${BASE_URL}/camunda/app/tasklist/locales/${locale}.json`);
  const text = (await response.text()).replace(/^\uFEFF/, '');
  return JSON.parse(text).labels;
}

// English strings that the Vietnamese locale replaces: if one shows up, something is untranslated.
// A phrase kept inside a Vietnamese value (a product name such as Camunda) does not count.
async function englishOnlyPhrases() {
  const [en, vi] = await Promise.all([localeLabels('en'), localeLabels('vi')]);
  const viValues = Object.values(vi);
  return [...new Set(Object.values(en))]
    .filter((value) => !viValues.some((translated) => translated.includes(value)))
    .filter((value) => !/[<{&]/.test(value))
    .filter((value) => value.length >= 6 || value.includes(' '));
}

function findEnglish(text, phrases) {
  return phrases.filter((phrase) => {
    const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(^|[^\\p{L}])${escaped}($|[^\\p{L}])`, 'u').test(text);
  });
}

async function expectVietnamese(page, name, phrases) {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  const text = await page.evaluate(() => document.body.innerText);
  const english = findEnglish(text, phrases);
  check(english.length === 0, `${name}: English left on the page: ${english.join(' | ')}`);
  const banner = await page.locator('.ce-eol-banner').first();
  const bannerVisible = (await banner.count()) > 0 && (await banner.isVisible());
  check(!bannerVisible, `${name}: the end-of-life banner is visible`);
  return text;
}

async function run() {
  fs.mkdirSync(SHOTS, { recursive: true });
  const phrases = await englishOnlyPhrases();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
  });
  try {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1366, height: 800 } });
    const page = await context.newPage();
    page.setDefaultTimeout(30000);

    await page.goto(`${BASE_URL}/camunda/app/tasklist/`);
    await page.locator('input[ng-model="username"]').waitFor();
    await page.locator('button[type=submit]', { hasText: 'Đăng nhập' }).waitFor();
    const login = await expectVietnamese(page, 'tasklist-login', phrases);
    const placeholder = await page.getAttribute('input[ng-model="username"]', 'placeholder');
    check(placeholder === 'Tên đăng nhập', `login: username placeholder is "${placeholder}"`);
    check(login.includes('Nhiệm vụ'), 'login: the application name is not Vietnamese');

    await page.fill('input[ng-model="username"]', USERNAME);
    await page.fill('input[ng-model="password"]', PASSWORD);
    await page.click('button[type=submit]');
    await page.locator('[cam-widget-header] .brand-name', { hasText: 'trienkhai' }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForFunction(() => !document.body.innerText.includes('Đang tải'));
    const tasks = await expectVietnamese(page, 'tasklist-tasks', phrases);
    check(/Bộ lọc|Nhiệm vụ/.test(tasks), 'tasks: no Vietnamese heading');
    check((await page.title()).startsWith('trienkhai'), `tasks: title is "${await page.title()}"`);

    const firstTask = page.locator('ol.tasks-list > li h4.task a').first();
    if (await firstTask.count()) {
      await firstTask.click();
      await page.waitForLoadState('networkidle');
      await page.waitForFunction(() => !document.body.innerText.includes('Đang tải'));
      await expectVietnamese(page, 'tasklist-task', phrases);
    } else {
      console.log(`${USERNAME} has no open task: the task view was not checked`);
    }
  } finally {
    await browser.close();
  }
}

run()
  .then(() => {
    if (failures.length) {
      console.error(failures.join('\n'));
      process.exit(1);
    }
    console.log(`Tasklist in Vietnamese: screenshots in ${SHOTS}`);
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });

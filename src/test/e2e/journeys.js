'use strict';

// The user's journeys in a real browser, one per run: node journeys.js <journey>
//   study-refused   an officer types 0 participants: a validation message, nothing is submitted
//   study-completed the officer completes the study task through the Vietnamese form
//   plan-returned   the lead office returns a unit plan with a reason; the unit's officer reads it
//   cockpit-late    a manager opens the Cockpit plugin and sees a late unit marked late; with
//                   E2E_CASCADING_UNIT, opens that unit's cascade (its units loaded on opening); reads the
//                   ranking's head and then the whole ranking, a page at a time
//   extension-from-task  an officer sees the unit's tasks by name, sorted by due date, and asks for
//                   more time from the task's "Đề nghị gia hạn" tab; no English word on the page
//   cockpit-extended     a manager sees the granted date in the Cockpit plugin; no English word there
//   plan-task-done  a lead unit's officer completes a plan task with its output (document number, date)
//   cockpit-plan-task    the manager sees that task done on time in the Cockpit plugin's task table
//   officer-comment an officer opens the unit's study task (claimed on open, no «Nhận việc»), adds a
//                   comment and reads it in the task's «Lịch sử» tab, where people are named, not shown by
//                   login; no English word on the page
//   api-csrf        from a Tasklist page, a POST to /api is refused without the XSRF-TOKEN cookie
//                   echoed in X-XSRF-TOKEN and accepted with it (as the finalise-report form sends it)
//   plan-drafting   an office drafts a plan with two tasks in the editor (reached from its task, at
//                   1366×768, by the keyboard), sees a deadline refused next to its field, sends it;
//                   sees no unit code, finds it in «Bản thảo kế hoạch của đơn vị» with its task;
//                   leadership approves it and the ward's officer numbers and issues it for today
//   drafted-plan-task    a lead unit's officer finds the issued plan's task in Tasklist
//   report-finalised     the lead office opens «Hoàn thiện báo cáo tổng hợp» (claimed on open), sees the
//                   plan and period in the header and the draft's DOCX link, is refused finishing with the
//                   unedited draft until it ticks «Giữ nguyên dự thảo…», then completes it
//   draft-from-text an office pastes the text of an issued plan into «Nhập từ văn bản»: the editor
//                   fills in, marks the guesses, and the draft is saved
//   unit-report     a unit's officer opens «Gửi báo cáo định kỳ»: one number field per metric of the
//                   plan (label and unit), a negative figure refused in Vietnamese, then sent
// BASE_URL points at a running trienkhai with the demo data; screenshots go to target/e2e/.
// The JUnit class vn.trienkhai.e2e.BrowserJourneyTests prepares the data and checks the engine.

const lib = require('./lib');

const UNIT_TASKS = 'Việc của đơn vị';
const STUDY = 'Học tập, quán triệt';
const REPORT = 'Gửi báo cáo định kỳ';
const failures = [];

function check(condition, message) {
  if (!condition) {
    failures.push(message);
  }
}

async function fillStudy(page, form, participants) {
  await lib.fillDate(form, 'Ngày tổ chức học tập, quán triệt');
  await lib.choose(form, 'Hình thức', 'Hội nghị trực tiếp');
  await form.getByLabel('Số người tham dự').fill(String(participants));
  const minutes = form.getByLabel('Số, ký hiệu biên bản');
  await minutes.fill('01/BB-TDP01');
  // Text fields report a change after a short debounce; leaving the field reports it at once.
  await minutes.press('Tab');
}

async function studyRefused(context) {
  const page = await lib.newPage(context);
  await lib.login(page, 'tasklist', 'aq-tdp01.canbo');
  await lib.openFilter(page, UNIT_TASKS);
  const form = await lib.openTask(page, STUDY);
  await fillStudy(page, form, 0);
  await form.getByLabel('Số, ký hiệu biên bản').click();
  const error = form.locator('.fjs-form-field-error').first();
  await error.waitFor();
  const message = (await error.innerText()).trim();
  console.log(`validation message: ${message}`);
  check(message.length > 0, 'no validation message under the field');
  check(await page.locator('button[ng-click="complete()"]').isDisabled(), 'a bad value can still be submitted');
  await lib.shot(page, 'b1-study-bad-value');
  check(await lib.taskLink(page, STUDY).count() === 1, 'the study task left the list after a refused value');
}

async function studyCompleted(context) {
  const page = await lib.newPage(context);
  await lib.login(page, 'tasklist', 'aq-tdp01.canbo');
  await lib.shot(page, 'a1-officer-logged-in');
  await lib.openFilter(page, UNIT_TASKS);
  await lib.shot(page, 'a2-unit-tasks');
  const form = await lib.openTask(page, STUDY);
  const due = page.locator('[cam-tasklist-task-meta] .due-date').first();
  check(await due.evaluate((node) => getComputedStyle(node).pointerEvents) === 'none',
    'the officer can edit the due date');
  check(await page.locator('[cam-tasklist-task-meta] .reset-due-date:visible').count() === 0,
    'the officer is offered to remove the due date');
  await fillStudy(page, form, 35);
  await lib.shot(page, 'a3-study-form-filled');
  await lib.complete(page);
  await lib.waitUntilCompleted(page, STUDY);
  await lib.settle(page);
  await lib.shot(page, 'a4-study-completed');
}

async function planReturned(context, reason) {
  const lead = await lib.newPage(context);
  await lib.login(lead, 'tasklist', 'aq-pktht.canbo');
  await lib.openFilter(lead, UNIT_TASKS);
  const review = await lib.openTask(lead, 'Thẩm định kế hoạch của đơn vị');
  const planNumber = await review.getByLabel('Số, ký hiệu kế hoạch').inputValue();
  check(planNumber === '05/KH-TDP02', `the review form shows the unit plan "${planNumber}"`);
  await review.getByText('Trả lại để đơn vị hoàn thiện').click();
  await review.getByLabel('Lý do trả lại').fill(reason);
  await review.getByLabel('Lý do trả lại').press('Tab');
  await lib.shot(lead, 'c1-lead-returns-plan');
  await lib.complete(lead);
  await lib.waitUntilCompleted(lead, 'Thẩm định kế hoạch của đơn vị');
  await lib.shot(lead, 'c2-plan-returned');
  await lead.close();
  await context.clearCookies();

  const officer = await lib.newPage(context);
  await lib.login(officer, 'tasklist', 'aq-tdp02.canbo');
  await lib.openFilter(officer, UNIT_TASKS);
  const listed = await lib.taskLink(officer, 'Ban hành và gửi kế hoạch của đơn vị').first().innerText();
  check(listed.trim().startsWith('Bị trả lại: '), `the returned plan is not marked in the list: ${listed}`);
  const resubmit = await lib.openTask(officer, 'Ban hành và gửi kế hoạch của đơn vị');
  const shown = await resubmit.getByLabel('Lý do cơ quan chủ trì trả lại').inputValue();
  check(shown === reason, `the unit's form shows the reason "${shown}"`);
  await lib.shot(officer, 'c3-unit-reads-reason');
}

/* Opens a cascading unit on the plan page: first with its call failing, then slowed so that "Đang tải…" shows. */
async function openCascade(page, cascadingUnit, cascadeUnit) {
  const row = page.locator(`.tk-matrix tr[data-unit="${cascadingUnit}"]`);
  check((await row.locator('.tk-subtree').innerText()).startsWith('Cả cấp dưới: hoàn thành đúng hạn 1 '),
    `${cascadingUnit} does not show its cascade's figures`);
  check(await page.locator(`.tk-matrix tr[data-unit="${cascadeUnit}"]`).count() === 0,
    'the cascade\'s units are on the page before the unit is opened');
  const button = row.locator('button.tk-expand');
  check((await button.innerText()).includes('2 đơn vị cấp dưới'), `the open control says: ${await button.innerText()}`);
  const children = '**/progress/units/*/children';
  await page.route(children, (route) => route.fulfill({ status: 503, contentType: 'application/problem+json',
    body: JSON.stringify({ detail: 'Máy chủ đang bận' }) }));
  await button.click();
  const error = page.locator('.tk-matrix tr.tk-error-row');
  await error.waitFor();
  check((await error.innerText()).includes('Không tải được các đơn vị cấp dưới: Máy chủ đang bận'),
    `the failed call reads: ${await error.innerText()}`);
  await page.unroute(children);
  await button.click();
  check(await error.count() === 0, 'closing the unit leaves the error line');
  await page.route(children, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await button.click();
  await page.locator('.tk-matrix tr.tk-loading', { hasText: 'Đang tải…' }).waitFor();
  const child = page.locator(`.tk-matrix tr[data-unit="${cascadeUnit}"][data-level="1"]`);
  await child.waitFor();
  await page.unroute(children);
  check(await child.locator('td[data-stage="DISSEMINATE"][data-status="OVERDUE"]').count() === 1,
    `${cascadeUnit}: its overdue dissemination is not shown`);
  check(await child.locator('.tk-badge.tk-late').count() === 1, `${cascadeUnit} is not marked late`);
  console.log(`cascade opened: ${await page.locator('.tk-matrix tr[data-level="1"]').count()} units`);
  await lib.shot(page, 'd2b-cockpit-plan-cascade-open');
}

/*
 * The ranking: its head on the page, then the whole of it a page at a time: first with its call failing, then slowed
 * so that "Đang tải…" shows, with pages of 10 (the plugin asks for 50; the demo ranks about 20 units).
 */
async function openRanking(page, lateUnit, unratedUnit) {
  const section = page.locator('.tk-ranking-section');
  const head = section.locator('table.tk-ranking-head tbody tr[data-unit]');
  check(await head.count() > 0, 'the ranking shows no head');
  const headCount = await head.count();
  const button = section.locator('button.tk-ranking-more');
  const label = await button.innerText();
  const total = Number((label.match(/^Xem toàn bộ xếp hạng \((\d+) đơn vị\)$/) || [])[1]);
  check(total > headCount, `the ranking's control reads «${label}» with ${headCount} units in its head`);
  if (unratedUnit) {
    check(await section.locator(`tr[data-unit="${unratedUnit}"]`).count() === 0,
      `${unratedUnit}, without a rate, is in the ranking's head`);
  }
  await section.scrollIntoViewIfNeeded();
  await lib.shot(page, 'd2c-cockpit-plan-ranking-head');
  const pages = '**/progress/ranking?*';
  await page.route(pages, (route) => route.fulfill({ status: 503, contentType: 'application/problem+json',
    body: JSON.stringify({ detail: 'Máy chủ đang bận' }) }));
  await button.click();
  const error = section.locator('p.tk-ranking-status.tk-error');
  await error.waitFor();
  check((await error.innerText()) === 'Không tải được bảng xếp hạng: Máy chủ đang bận',
    `the failed call reads: ${await error.innerText()}`);
  check(await section.locator('table.tk-ranking-head').count() === 1, 'a failed call took the head away');
  await page.unroute(pages);
  await page.route(pages, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue({ url: route.request().url().replace(/limit=\d+/, 'limit=10') });
  });
  await button.click();
  await section.locator('p.tk-ranking-status.tk-loading', { hasText: 'Đang tải…' }).waitFor();
  const rows = section.locator('table.tk-ranking-all tbody tr[data-unit]');
  await rows.first().waitFor();
  check(await error.count() === 0, 'the error line stays after the ranking loaded');
  check(await section.locator('table.tk-ranking-head').count() === 0, 'the head stays beside the whole ranking');
  check(await rows.count() === Math.min(10, total), `the first page shows ${await rows.count()} units`);
  for (let loaded = 10; loaded < total; loaded += 10) {
    check((await button.innerText()) === `Xem thêm (đã hiện ${loaded}/${total} đơn vị)`,
      `after ${loaded} units the control reads «${await button.innerText()}»`);
    await button.click();
    await rows.nth(Math.min(loaded + 10, total) - 1).waitFor();
  }
  await page.unroute(pages);
  check(await button.count() === 0, 'the control stays once the whole ranking is shown');
  check(await rows.count() === total, `the whole ranking shows ${await rows.count()} of ${total} units`);
  const ranks = await rows.evaluateAll((lines) => lines.map((line) => line.getAttribute('data-rank')));
  check(ranks.every((rank, i) => i === 0 || rank === '' || (ranks[i - 1] !== '' && Number(rank) >= Number(ranks[i - 1]))),
    `the ranks are out of order: ${ranks.join(',')}`);
  check(await section.locator(`table.tk-ranking-all tr[data-unit="${lateUnit}"] td.tk-number`).last().innerText()
    === '0%', `${lateUnit} is not ranked at 0%`);
  if (unratedUnit) {
    check(await section.locator(`table.tk-ranking-all tr[data-unit="${unratedUnit}"][data-rank=""]`).count() === 1,
      `${unratedUnit} is not listed without a rank`);
  }
  console.log(`ranking: ${headCount} units in its head, ${total} in all`);
  await lib.shot(page, 'd2d-cockpit-plan-ranking-all');
}

async function cockpitLate(context, lateUnit, onTimeUnit, cascadingUnit, cascadeUnit, unratedUnit) {
  const page = await lib.newPage(context);
  await lib.login(page, 'cockpit', 'aq-pktht.canbo');
  const card = page.locator('.tk-plans .tk-plan').first();
  await card.waitFor();
  check(await card.locator('.tk-late').count() === 1, 'the dashboard shows no overdue count');
  await lib.shot(page, 'd1-cockpit-dashboard');
  await card.locator('a.tk-plan-link').click();
  const late = page.locator(`.tk-matrix tr[data-unit="${lateUnit}"]`);
  await late.waitFor();
  check(await late.locator('.tk-badge.tk-late').innerText() === 'Trễ hạn', `${lateUnit} is not marked late`);
  check(await late.locator('td[data-stage="STUDY"][data-status="OVERDUE"]').count() === 1,
    `${lateUnit}: the study cell is not overdue`);
  check((await late.locator('td[data-stage="STUDY"]').innerText()).includes('quá hạn'), 'no "quá hạn" label');
  const onTime = page.locator(`.tk-matrix tr[data-unit="${onTimeUnit}"]`);
  check(await onTime.locator('.tk-badge.tk-late').count() === 0, `${onTimeUnit} is marked late`);
  check(await page.locator('.tk-chart rect').count() > 0, 'the on-time chart has no bar');
  const name = await late.locator('td.tk-unit').innerText();
  console.log(`late unit as shown: ${name}`);
  check(name.includes('<img src=x onerror=alert(1)>'), 'the hostile unit name is not shown as text');
  check(await page.locator('.tk-progress img').count() === 0, 'a unit name became markup');
  check(page.dialogs.length === 0, `a script ran: ${page.dialogs.join(', ')}`);
  await lib.shot(page, 'd2-cockpit-plan-late-unit');
  if (cascadingUnit) {
    await openCascade(page, cascadingUnit, cascadeUnit);
  }
  await openRanking(page, lateUnit, unratedUnit);
  const link = late.locator('a', { hasText: 'Xem phiên quy trình' });
  check((await link.getAttribute('href') || '').startsWith('#/process-instance/'), 'no link into Cockpit');
  await link.click();
  await page.waitForURL(/#\/process-instance\/.*\/runtime/);
  await page.locator('.tk-plan-view').waitFor({ state: 'detached' });
  await lib.settle(page);
  await page.waitForTimeout(1500);
  await lib.shot(page, 'd3-cockpit-unit-instance');
  await page.locator('a', { hasText: /^\s*Thông tin\s*$/ }).first().click();
  const details = page.locator('.tk-instance-details');
  await details.waitFor({ timeout: 30000 });
  const shown = await details.innerText();
  check(shown.includes('Đơn vị') && shown.includes('Tổ dân phố số 3'), `the «Thông tin» tab does not name the unit: ${shown}`);
  for (const raw of ['unitCode', 'rolloutId', 'planId', lateUnit]) {
    check(!shown.includes(raw), `the «Thông tin» tab shows «${raw}»`);
  }
  await lib.shot(page, 'd4-cockpit-instance-details');
}

async function apiCsrf(context) {
  const page = await lib.newPage(context);
  await lib.login(page, 'tasklist', 'aq-pktht.canbo');
  const answers = await page.evaluate(async () => {
    const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
    const token = match ? decodeURIComponent(match[1]) : '';
    async function post(headers) {
      const response = await fetch('/api/plans/preview', {
        method: 'POST',
        credentials: 'same-origin',
        headers: Object.assign({ 'Content-Type': 'application/json' }, headers),
        body: '{}'
      });
      return { status: response.status, body: await response.text() };
    }
    return { token, without: await post({}), with: await post({ 'X-XSRF-TOKEN': token }) };
  });
  console.log(`without token: ${answers.without.status}, with token: ${answers.with.status}`);
  check(answers.token.length > 0, 'the Tasklist page cannot read the XSRF-TOKEN cookie');
  check(answers.without.status === 403 && answers.without.body.includes('X-XSRF-TOKEN'),
    `a POST without the token was not refused: ${answers.without.status} ${answers.without.body}`);
  check(answers.with.status !== 403 && answers.with.status !== 401,
    `a POST with the token was refused: ${answers.with.status} ${answers.with.body}`);
}

async function extensionFromTask(context, officer, unitName) {
  const page = await lib.newPage(context);
  await lib.login(page, 'tasklist', officer);
  await lib.openFilter(page, UNIT_TASKS);
  check(decodeURIComponent(page.url()).includes('"sortBy":"dueDate","sortOrder":"asc"'),
    `the list is not sorted by due date: ${page.url()}`);
  const names = await page.locator('ol.tasks-list > li h4.task a').allInnerTexts();
  console.log(`tasks listed: ${names.join(' | ')}`);
  check(names.length > 0 && names.every((name) => name.includes(` – ${unitName} – `)),
    `a task does not say its unit: ${names.join(' | ')}`);
  await lib.openTask(page, STUDY);
  await page.locator('.nav-tabs a, .nav a', { hasText: 'Đề nghị gia hạn' }).first().click();
  const form = page.locator('form.trienkhai-extension');
  await form.waitFor();
  check((await form.innerText()).includes(unitName), 'the extension tab does not show the unit');
  const date = form.locator('#trienkhai-new-due');
  const earliest = new Date(`${await date.getAttribute('min')}T00:00:00Z`);
  const asked = new Date(earliest.getTime() + 9 * 24 * 3600 * 1000).toISOString().substring(0, 10);
  await date.fill(asked);
  await form.locator('#trienkhai-reason').fill('Chờ tổ chức họp tổ dân phố sau đợt mưa bão');
  await lib.shot(page, 'e1-extension-from-task');
  await form.locator('button[type=submit]').click();
  await page.locator('.trienkhai-extension-message', { hasText: 'Đã gửi đề nghị gia hạn' }).waitFor();
  console.log(`asked until: ${asked}`);
  await lib.shot(page, 'e2-extension-sent');
  const english = await lib.englishWords(page);
  check(english.length === 0, `English on the officer's task page: ${english.join('; ')}`);
}

async function cockpitExtended(context, unitCode, due) {
  const page = await lib.newPage(context);
  await lib.login(page, 'cockpit', 'aq-pktht.canbo');
  let english = await lib.englishWords(page);
  check(english.length === 0, `English on the manager's dashboard: ${english.join('; ')}`);
  await page.locator('.tk-plans .tk-plan a.tk-plan-link').first().click();
  const row = page.locator(`.tk-matrix tr[data-unit="${unitCode}"]`);
  await row.waitFor();
  const cell = await row.locator('td[data-stage="STUDY"]').innerText();
  console.log(`study cell of ${unitCode}: ${cell}`);
  check(cell.includes(`Hạn: ${due}`), `the plugin does not show the granted date ${due}: ${cell}`);
  await lib.shot(page, 'e3-cockpit-extended');
  english = await lib.englishWords(page);
  check(english.length === 0, `English on the manager's plan page: ${english.join('; ')}`);
}

async function planTaskDone(context, officer, title) {
  const page = await lib.newPage(context);
  await lib.login(page, 'tasklist', officer);
  await lib.openFilter(page, UNIT_TASKS);
  const name = `Thực hiện nhiệm vụ`;
  const link = page.locator('ol.tasks-list > li h4.task a', { hasText: title });
  await link.first().click();
  await lib.waitUntilClaimed(page);
  const form = page.locator('[cam-tasklist-form] .fjs-form');
  const header = await page.locator('.names h2.task').first().innerText();
  console.log(`task header: ${header}`);
  check(header.startsWith(name), `the task header does not say what it is: ${header}`);
  await form.getByText('Đã hoàn thành, gửi kết quả').click();
  await form.getByLabel('Kết quả đã thực hiện').fill('Đã ra quân 3 đợt, lập biên bản 12 trường hợp lấn chiếm vỉa hè');
  await form.getByLabel('Sản phẩm: số, ký hiệu văn bản').fill('15/BC-TDP04');
  await lib.fillDate(form, 'Ngày ban hành văn bản');
  await lib.fillDate(form, 'Ngày hoàn thành');
  await lib.shot(page, 'f1-plan-task-filled');
  await lib.complete(page);
  await link.first().waitFor({ state: 'detached', timeout: 60000 }).catch(async () => {
    await page.reload();
    await lib.settle(page);
    await link.first().waitFor({ state: 'detached', timeout: 30000 });
  });
  await lib.shot(page, 'f2-plan-task-sent');
}

async function cockpitPlanTask(context, code) {
  const page = await lib.newPage(context);
  await lib.login(page, 'cockpit', 'aq-pktht.canbo');
  const card = page.locator('.tk-plans .tk-plan').first();
  await card.waitFor();
  check((await card.innerText()).includes('Nhiệm vụ'), 'the dashboard card does not count the plan\'s tasks');
  await card.locator('a.tk-plan-link').click();
  const row = page.locator(`table.tk-tasks tr[data-task="${code}"]`);
  await row.waitFor();
  const status = await row.getAttribute('data-status');
  const text = await row.innerText();
  console.log(`plan task ${code}: ${status} | ${text.replace(/\s+/g, ' ')}`);
  check(status === 'DONE_ON_TIME', `${code} is not done on time: ${status}`);
  check(text.includes('hoàn thành đúng hạn'), `${code} does not say "hoàn thành đúng hạn"`);
  check(text.includes('15/BC-TDP04'), `${code} does not show its output`);
  check(await page.locator('.tk-ranking-section').count() === 1, 'no ranking of units');
  await row.scrollIntoViewIfNeeded();
  await lib.shot(page, 'f3-cockpit-plan-task-on-time');
  const english = await lib.englishWords(page);
  check(english.length === 0, `English on the manager's plan page: ${english.join('; ')}`);
}

async function officerComment(context, officer, comment) {
  const page = await lib.newPage(context);
  await lib.login(page, 'tasklist', officer);
  await lib.openFilter(page, UNIT_TASKS);
  await lib.openTask(page, STUDY);
  const assignee = (await page.locator('[cam-tasklist-task-meta] .assignee').first().innerText()).trim();
  console.log(`claimed on open, assignee shown: ${assignee}`);
  await lib.shot(page, 'g1-task-claimed-on-open');
  await page.locator('a.createCommentLink').click();
  const dialog = page.locator('.modal-dialog');
  await dialog.locator('#comment-form-message').fill(comment);
  await lib.shot(page, 'g2-comment-typed');
  await dialog.locator('button[type=submit]').click();
  await dialog.waitFor({ state: 'detached' });
  await lib.settle(page);
  const refusals = await page.locator('.notifications .alert-danger, .notifications .error').allInnerTexts();
  check(refusals.length === 0, `the comment was refused: ${refusals.join('; ')}`);
  await page.locator('.nav-tabs a, .nav a', { hasText: 'Lịch sử' }).first().click();
  const history = page.locator('.history-pane');
  await history.getByText(comment).first().waitFor({ timeout: 30000 });
  // who acted and who was assigned are named, never shown by login (history-names.js)
  await history.locator('.operation-user', { hasText: 'Cán bộ' }).first().waitFor({ timeout: 15000 })
    .catch(() => check(false, 'the history names nobody'));
  const shown = (await history.innerText()).replace(/\s+/g, ' ');
  check(!shown.includes(officer), `the history shows the login ${officer}: ${shown}`);
  check(!shown.includes(officer.split('.')[0]), `the history shows a group id: ${shown}`);
  console.log(`history tab: ${shown.substring(0, 300)}`);
  check(!shown.includes('No task found') && !shown.includes('Không tìm thấy'), `the history tab refuses: ${shown}`);
  await lib.shot(page, 'g3-comment-in-history');
  const english = await lib.englishWords(page);
  check(english.length === 0, `English on the officer's task history: ${english.join('; ')}`);
}

/** Today in Asia/Ho_Chi_Minh as dd/mm/yyyy, and a date some months ahead. */
function vnDate(monthsAhead) {
  const local = new Date(Date.now() + 7 * 3600 * 1000);
  local.setUTCMonth(local.getUTCMonth() + (monthsAhead || 0));
  const pad = (n) => String(n).padStart(2, '0');
  return `${pad(local.getUTCDate())}/${pad(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`;
}

async function asUser(context, user) {
  const other = await context.browser().newContext({ locale: 'vi-VN', viewport: { width: 1366, height: 768 } });
  const page = await lib.newPage(other);
  await lib.login(page, 'tasklist', user);
  await lib.openFilter(page, UNIT_TASKS);
  return page;
}

async function completeFormTask(page, name, fill) {
  const form = await lib.openTask(page, name);
  await fill(form);
  await lib.shot(page, `g-${name.replace(/[^a-z]+/gi, '-')}-filled`);
  await lib.complete(page);
  await lib.waitUntilCompleted(page, name);
}

// Users see units by name; a code such as AQ-CA or HP-UBND shown on a page is a leak.
const UNIT_CODE = /\b(?:AQ|HP)-[A-Z0-9]+(?:-[A-Z0-9]+)*\b/;

async function shownCodes(page) {
  return page.evaluate((source) => {
    const code = new RegExp(source);
    const texts = [document.body.innerText].concat(Array.from(document.querySelectorAll('option'), (o) => o.textContent));
    return texts.filter((text) => code.test(text)).map((text) => text.match(code)[0]);
  }, UNIT_CODE.source);
}

async function planDrafting(context, summary, firstTitle, secondTitle) {
  const page = await asUser(context, 'aq-vp.canbo');
  // Started from Tasklist, for the officer's own unit (the start form offers only those).
  await page.getByText('Khởi tạo quy trình').first().click();
  const dialog = page.locator('.modal-dialog');
  await dialog.getByText('Soạn thảo, ban hành kế hoạch').click();
  const unit = dialog.locator('select#draftingUnit');
  await unit.waitFor();
  await page.waitForFunction(() => document.querySelector('.modal-dialog select#draftingUnit').options.length > 1);
  const offered = await unit.locator('option').allInnerTexts();
  console.log(`units offered: ${offered.join(' | ')}`);
  check(offered.length === 2, `the start form offers other units than the officer's own: ${offered.join(', ')}`);
  await unit.selectOption({ label: 'Văn phòng HĐND và UBND phường' });
  await lib.shot(page, 'h0-start-drafting');
  await dialog.locator('button', { hasText: /^\s*Khởi tạo\s*$/ }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.reload();
  await lib.settle(page);
  const form = await lib.openTask(page, 'Soạn thảo kế hoạch');
  const link = page.locator('[cam-tasklist-form] a', { hasText: 'Mở trình soạn thảo' });
  const href = await link.getAttribute('href');
  console.log(`editor link: ${href}`);
  check(/\/drafting\/editor\.html\?draft=\d+$/.test(href || ''), `the task form does not link to the editor: ${href}`);
  const editor = await lib.newPage(page.context());
  await editor.goto(new URL(href, lib.BASE_URL).toString());
  await editor.waitForFunction(() => document.getElementById('status').textContent.includes('Đã tải'));

  await editor.fill('[data-path="directive.number"]', '99-CT/TEST');
  await editor.fill('[data-path="directive.date"]', '05/01/2026');
  await editor.fill('[data-path="directive.issuer"]', 'Ban Thường vụ Thành ủy Hải Phòng');
  await editor.fill('[data-path="directive.summary"]', 'thử nghiệm soạn thảo kế hoạch');
  await editor.fill('[data-path="plan.place"]', 'Ái Quốc');
  await editor.fill('[data-path="plan.summary"]', summary);
  await editor.fill('[data-path="plan.endDate"]', vnDate(18));
  await editor.selectOption('[data-path="leadUnits"]', ['AQ-VP', 'AQ-PKTHT']);
  await editor.fill('[data-path="stages.study"]', '10 ngày làm việc');
  await editor.fill('[data-path="stages.disseminate"]', '20 ngày làm việc');
  await editor.fill('[data-path="stages.unitPlan"]', '30 ngày làm việc');
  await editor.click('#addParticipant');
  await editor.selectOption('[data-path="participants[0].unit"]', 'AQ-TDP01');
  // Two tasks, by the keyboard: the button, then Tab from field to field.
  for (const [index, title, lead, deadline] of [[0, firstTitle, 'AQ-PKTHT', `trước ngày ${vnDate(2)}`],
    [1, secondTitle, 'AQ-PVHXH', 'khi nào xong']]) {
    await editor.focus('#addTask');
    await editor.keyboard.press('Enter');
    const task = editor.locator('.task').nth(index);
    await editor.keyboard.type(title);
    await editor.keyboard.press('Tab');
    await editor.keyboard.type(deadline);
    await task.locator('.t-lead').selectOption(lead);
  }
  await editor.locator('.task').nth(1).locator('.t-coordinating').selectOption(['AQ-CA']);
  await editor.fill('[data-path="recipients"]', 'Như trên;\nLưu: VT.');
  await editor.keyboard.press('Alt+KeyK');
  const error = editor.locator('[data-path="tasks[1].deadline"] + .err');
  await error.waitFor({ timeout: 30000 }).catch(async (missing) => {
    console.log(`status: ${await editor.locator('#status').innerText()}`);
    await lib.shot(editor, 'h1-editor-no-error');
    throw missing;
  });
  const message = (await error.innerText()).trim();
  console.log(`deadline refused: ${message}`);
  check(message.includes('khi nào xong'), 'the refused deadline is not named next to its field');
  await lib.shot(editor, 'h1-editor-deadline-refused');

  await editor.fill('[data-path="tasks[1].deadline"]', 'thường xuyên');
  await editor.keyboard.press('Alt+KeyK');
  await editor.waitForFunction(() => document.getElementById('status').textContent.startsWith('Hợp lệ'), null,
    { timeout: 30000 }).catch(async (invalid) => {
    console.log(`status: ${await editor.locator('#status').innerText()} | ${await editor.locator('#summary').innerText()}`);
    await lib.shot(editor, 'h2-editor-not-valid');
    throw invalid;
  });
  const due = (await editor.locator('[data-due="task-0"]').innerText()).trim();
  console.log(`first task: ${due}`);
  check(due.startsWith('Hạn: '), `no computed deadline beside the first task: ${due}`);
  const width = await editor.evaluate(() => document.documentElement.scrollWidth);
  check(width <= 1366, `the editor is wider than 1366 px: ${width}`);
  await lib.shot(editor, 'h2-editor-checked');
  const leaked = await shownCodes(editor);
  console.log(`unit codes shown in the editor: ${leaked.length}`);
  check(!leaked.length, `the editor shows unit codes: ${leaked.slice(0, 5).join(', ')}`);
  check(await editor.locator('option', { hasText: 'Công an phường' }).count() > 0, 'no unit offered by its name');

  // The unit's drafts, reached from the editor: this one, its state and the task to continue with.
  await editor.click('#draftsLink');
  await editor.waitForFunction(() => /^(Có \d+ dự thảo|Đơn vị của bạn chưa có)/.test(document.getElementById('status').textContent));
  const row = editor.locator('#drafts tr', { hasText: summary });
  check(await row.count() === 1, `the drafts list does not show the draft «${summary}»`);
  if (await row.count() === 1) {
    const cells = await row.locator('td').allInnerTexts();
    console.log(`drafts list row: ${cells.join(' | ')}`);
    check(cells[4] === 'Đang soạn thảo', `the draft's state is not «Đang soạn thảo»: ${cells[4]}`);
    check(cells[5] === vnDate(0), `the last change is not today, dd/mm/yyyy: ${cells[5]}`);
    const taskHref = await row.locator('a', { hasText: 'Soạn thảo kế hoạch' }).getAttribute('href');
    check(/^\/camunda\/app\/tasklist\/default\/#\/\?task=/.test(taskHref || ''), `no link into Tasklist: ${taskHref}`);
  }
  const listed = await shownCodes(editor);
  check(!listed.length, `the drafts list shows unit codes: ${listed.slice(0, 5).join(', ')}`);
  await lib.shot(editor, 'h2-drafts-list');
  await editor.close();

  await lib.complete(page);
  await lib.waitUntilCompleted(page, 'Soạn thảo kế hoạch');
  await page.context().close();

  const leader = await asUser(context, 'aq-ubnd.truong');
  await completeFormTask(leader, 'Phê duyệt kế hoạch', async (approval) => {
    await approval.getByText('Phê duyệt, chuyển văn thư vào sổ, phát hành').click();
  });
  await leader.context().close();

  const clerk = await asUser(context, 'aq-ubnd.canbo');
  await completeFormTask(clerk, 'Vào sổ, phát hành', async (issue) => {
    await issue.getByLabel('Số, ký hiệu').fill(process.env.E2E_NUMBER || '77/KH-UBND');
    await issue.getByLabel('Ngày ban hành').fill(vnDate(0));
    const rollout = issue.getByLabel('Ngày triển khai');
    await rollout.fill(vnDate(0));
    await rollout.press('Tab');
  });
  await clerk.context().close();
}

async function draftedPlanTask(context, officer, title) {
  const page = await asUser(context, officer);
  const link = lib.taskLink(page, title);
  await link.first().waitFor();
  console.log(`task in Tasklist: ${(await link.first().innerText()).trim()}`);
  await lib.shot(page, 'h3-drafted-plan-task');
}

async function draftFromText(context, draftId, textFile) {
  const page = await asUser(context, 'aq-vp.canbo');
  const editor = await lib.newPage(page.context());
  await editor.goto(`${lib.BASE_URL}/drafting/editor.html?draft=${draftId}`);
  await editor.waitForFunction(() => document.getElementById('status').textContent.includes('Đã tải'));
  await editor.keyboard.press('Alt+KeyN');
  await editor.locator('#importText').waitFor();
  check(await editor.evaluate(() => document.activeElement.id) === 'importText', 'Alt+N does not put the cursor in the text box');
  await editor.fill('#importText', require('fs').readFileSync(textFile, 'utf8'));
  await editor.click('#runImport');
  await editor.waitForFunction(() => document.getElementById('status').textContent.startsWith('Đã điền'));
  const tasks = await editor.locator('.task').count();
  const guesses = await editor.locator('.guess').count();
  console.log(`filled from the text: ${tasks} tasks, ${guesses} fields marked as guesses`);
  check(tasks > 3, `too few tasks read from the text: ${tasks}`);
  check(guesses > 0, 'no guess is marked');
  const participants = await editor.locator('#participants .p-unit').evaluateAll((selects) => selects.map((s) => s.value));
  console.log(`participants: ${participants.join(', ')}`);
  check(participants.length > 3 && participants.every((code) => code), 'a participant read from the text is not selected');
  check((await editor.inputValue('[data-path="plan.issuingUnit"]')) === 'AQ-UBND', 'the issuing unit is not the ward');
  await lib.shot(editor, 'h4-editor-from-text');
  const leaked = await shownCodes(editor);
  check(!leaked.length, `the editor shows unit codes after «Nhập từ văn bản»: ${leaked.slice(0, 5).join(', ')}`);
  await editor.keyboard.press('Control+KeyS');
  await editor.waitForFunction(() => document.getElementById('status').textContent.startsWith('Đã lưu'));
}

async function unitReport(context, officer) {
  const page = await asUser(context, officer);
  const form = await lib.openTask(page, REPORT);
  const figures = form.locator('.fjs-form-field-number');
  const labels = (await figures.locator('label').allInnerTexts()).map((label) => label.replace(/\s*\*\s*$/, '').trim());
  console.log(`report fields: ${labels.join(' | ')}`);
  check(labels.length > 0, 'no number field on the report form');
  check(await form.getByText('mã = số').count() === 0, 'the "code = number" area is still there');
  const first = figures.locator('input').first();
  await first.fill('-1');
  await first.press('Tab');
  const error = form.locator('.fjs-form-field-error').first();
  await error.waitFor();
  console.log(`validation message: ${(await error.innerText()).trim()}`);
  check(await page.locator('button[ng-click="complete()"]').isDisabled(), 'a negative figure can still be submitted');
  await lib.shot(page, 'm1-unit-report-negative');
  const inputs = figures.locator('input');
  for (let i = 0; i < await inputs.count(); i++) {
    await inputs.nth(i).fill(String(i + 1));
    await inputs.nth(i).press('Tab');
  }
  await lib.fillText(form.getByLabel('Kết quả thực hiện'), 'Đã tổ chức tuyên truyền, tuần tra theo kế hoạch.');
  await lib.shot(page, 'm2-unit-report-filled');
  await lib.complete(page);
  await lib.waitUntilCompleted(page, REPORT);
}

const KEEP_DRAFT = 'Giữ nguyên dự thảo do hệ thống lập làm bản hoàn thiện';

async function reportFinalised(context, officer, taskName) {
  const page = await lib.newPage(context);
  await lib.login(page, 'tasklist', officer);
  await lib.openFilter(page, UNIT_TASKS);
  const link = lib.taskLink(page, taskName);
  await link.first().click();
  // An embedded form: no form-js, but claimed on open as the others are.
  const form = page.locator('[cam-tasklist-form] form[name="finaliseReportForm"]');
  await form.waitFor();
  await page.locator('[cam-tasklist-task-meta] button.claim').waitFor({ state: 'detached', timeout: 45000 });
  await lib.settle(page);
  const header = (await page.locator('.names h2.task').first().innerText()).trim();
  console.log(`task header: ${header}`);
  check(header === taskName, `the task header is not the task's subject: ${header}`);

  const draft = form.locator('a', { hasText: 'Tải bản Word (DOCX) để chỉnh sửa' });
  await draft.waitFor();
  const href = await draft.getAttribute('href');
  const download = await page.request.get(new URL(href, page.url()).toString());
  console.log(`draft docx: ${download.status()} ${download.headers()['content-type']}`);
  check(/\/api\/reports\/\d+\/docx$/.test(href), `the draft link is not a report's DOCX: ${href}`);
  check(download.headers()['content-type'].startsWith('application/vnd.openxmlformats-officedocument'),
    'the draft link does not give a Word file');
  check(await form.locator('label[for="finalDocx"].btn', { hasText: 'Chọn tệp Word…' }).isVisible(),
    'the file button is not «Chọn tệp Word…»');
  const nativeButton = await form.locator('#finalDocx').boundingBox();
  check(!nativeButton || nativeButton.width <= 1, 'the browser\'s own file button («Choose File») is shown');
  await lib.shot(page, 'k1-finalise-opened');

  await lib.complete(page);
  const refusal = form.locator('.text-danger', { hasText: KEEP_DRAFT });
  await refusal.waitFor({ timeout: 30000 });
  console.log(`refused without the tick: ${(await refusal.innerText()).trim()}`);
  await lib.shot(page, 'k2-finalise-refused-without-tick');
  check(await lib.taskLink(page, taskName).count() > 0, 'the task left the list without the tick');

  await form.getByLabel(KEEP_DRAFT).check();
  await form.locator('#finalNote').fill('Giữ nguyên dự thảo, trình lãnh đạo phê duyệt.');
  await lib.shot(page, 'k3-finalise-ticked');
  await lib.complete(page);
  await lib.waitUntilCompleted(page, taskName);
  await lib.shot(page, 'k4-finalise-completed');
  const english = await lib.englishWords(page);
  check(english.length === 0, `English on the lead office's task list: ${english.join('; ')}`);
}

const JOURNEYS = {
  'unit-report': (context) => unitReport(context, process.env.E2E_OFFICER || 'aq-tdp01.canbo'),
  'report-finalised': (context) => reportFinalised(context, process.env.E2E_OFFICER || 'aq-pktht.canbo',
    process.env.E2E_TASK_NAME || 'Hoàn thiện báo cáo tổng hợp'),
  'officer-comment': (context) => officerComment(context, process.env.E2E_OFFICER || 'aq-tdp06.canbo',
    process.env.E2E_COMMENT || 'Tổ đã liên hệ nhà văn hóa, dự kiến học tập ngày thứ Bảy'),
  'plan-task-done': (context) => planTaskDone(context, process.env.E2E_OFFICER || 'aq-tdp04.canbo',
    process.env.E2E_TASK_TITLE || ''),
  'cockpit-plan-task': (context) => cockpitPlanTask(context, process.env.E2E_TASK_CODE || ''),
  'extension-from-task': (context) => extensionFromTask(context, process.env.E2E_OFFICER || 'aq-tdp05.canbo',
    process.env.E2E_UNIT_NAME || 'Tổ dân phố số 5'),
  'cockpit-extended': (context) => cockpitExtended(context, process.env.E2E_UNIT || 'AQ-TDP05',
    process.env.E2E_DUE || ''),
  'study-refused': (context) => studyRefused(context),
  'study-completed': (context) => studyCompleted(context),
  'plan-returned': (context) => planReturned(context, process.env.E2E_REASON || 'Bổ sung tiến độ từng tháng'),
  'cockpit-late': (context) => cockpitLate(context, process.env.E2E_LATE_UNIT || 'AQ-TDP03',
    process.env.E2E_ON_TIME_UNIT || 'AQ-TDP01', process.env.E2E_CASCADING_UNIT, process.env.E2E_CASCADE_UNIT,
    process.env.E2E_UNRATED_UNIT),
  'api-csrf': (context) => apiCsrf(context),
  'plan-drafting': (context) => planDrafting(context, process.env.E2E_SUMMARY || 'Kế hoạch soạn thảo thử',
    process.env.E2E_FIRST_TITLE || 'Rà soát điểm đen giao thông', process.env.E2E_SECOND_TITLE || 'Tuyên truyền trên loa'),
  'draft-from-text': (context) => draftFromText(context, process.env.E2E_DRAFT_ID || '', process.env.E2E_TEXT_FILE || ''),
  'drafted-plan-task': (context) => draftedPlanTask(context, process.env.E2E_OFFICER || 'aq-pktht.canbo',
    process.env.E2E_TASK_TITLE || '')
};

async function run(name) {
  const journey = JOURNEYS[name];
  if (!journey) {
    throw new Error(`unknown journey "${name}"; one of ${Object.keys(JOURNEYS).join(', ')}`);
  }
  const { browser, context } = await lib.openBrowser();
  try {
    await journey(context);
  } catch (error) {
    // what each open page showed when the journey failed, to tell a slow machine from a broken page
    const pages = browser.contexts().flatMap((each) => each.pages());
    for (let i = 0; i < pages.length; i++) {
      await lib.shot(pages[i], `failed-${name}-${i + 1}`).catch(() => {});
    }
    throw error;
  } finally {
    await browser.close();
  }
}

const journeyName = process.argv[2];
run(journeyName)
  .then(() => {
    if (failures.length) {
      console.error(failures.join('\n'));
      process.exit(1);
    }
    console.log(`journey ${journeyName}: ok`);
  })
  .catch((error) => {
    console.error(`journey ${journeyName} failed: ${error.stack || error}`);
    process.exit(1);
  });

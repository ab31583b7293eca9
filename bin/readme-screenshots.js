// Takes the README's screenshots (src/site/images) from a portal started with demo data:
//   WW_DATA_DIR=/tmp/demo MICRONAUT_SERVER_PORT=8085 bin/start   (in another terminal), then
//   (cd /tmp && npm install playwright-core@1) && NODE_PATH=/tmp/node_modules node bin/readme-screenshots.js \
//       http://localhost:8085/ src/site/images
// It drives Debian's /usr/bin/chromium; look at every picture before committing it.
const { chromium } = require('playwright-core');
const base = process.argv[2] || 'http://localhost:8085/';
const out = process.argv[3] || '/tmp/shots/out';
require('fs').mkdirSync(out, { recursive: true });

async function settle(page) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(800);
}
async function signIn(page, email) {
  await page.goto(base + 'sign-in');
  await page.locator('#vaadinLoginUsername input').fill(email);
  await page.locator('#vaadinLoginPassword input').fill('working-win-demo');
  await page.keyboard.press('Enter');
  await page.waitForURL(u => !u.pathname.startsWith('/sign-in'));
  await settle(page);
}
async function shot(page, path, name) {
  await page.goto(base + path);
  await settle(page);
  await page.screenshot({ path: `${out}/${name}.png` });
  console.log(name, page.url());
}
(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  const desk = { viewport: { width: 1280, height: 800 } };
  let ctx = await browser.newContext(desk);
  let page = await ctx.newPage();
  await shot(page, 'vacancies', 'vacancies');
  const first = await page.locator('a[href^="vacancy/"]').first().getAttribute('href');
  await shot(page, first, 'vacancy');
  await shot(page, 'take-part', 'take-part');
  await ctx.close();

  ctx = await browser.newContext(desk); page = await ctx.newPage();
  await signIn(page, 'specialist@example.org');
  await shot(page, 'specialist', 'specialist-my-work');
  await shot(page, 'specialist/participants', 'specialist-participants');
  const record = await page.locator('a[href*="participants/record/"]').first().getAttribute('href');
  const id = record.split('/').pop();
  await shot(page, 'specialist/participants/matches/' + id, 'specialist-suggestions');
  await shot(page, 'reports', 'reports');
  await ctx.close();

  ctx = await browser.newContext(desk); page = await ctx.newPage();
  await signIn(page, 'employer@example.org');
  await shot(page, 'employer/vacancies', 'employer-vacancies');
  await shot(page, 'employer/vacancies/edit', 'employer-vacancy-editor');
  await shot(page, 'employer/vacancies/import', 'employer-import');
  await ctx.close();

  ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true });
  page = await ctx.newPage();
  await signIn(page, 'participant@example.org');
  await shot(page, 'me', 'participant-home-phone');
  await browser.close();
})().catch(e => { console.error(e); process.exit(1); });

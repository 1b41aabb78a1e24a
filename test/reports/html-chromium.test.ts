import { expect } from 'chai';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findChromium } from '../../harness/driver/find-chromium.ts';
import { CHROMIUM_FLAGS } from '../../harness/driver/puppeteer-driver.ts';
import { renderHtml } from '../../reports/html.ts';
import { sampleResults } from '../harness/results/sample-results.ts';

/** The HTML report opened from disk in real Chromium, the way someone opens a CI artifact. */
describe('html reporter in Chromium', function () {
  this.timeout(30_000);
  let dir: string;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const requests: string[] = [];
  let fileUrl: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'html-report-'));
    const file = join(dir, 'report.html');
    writeFileSync(file, renderHtml(sampleResults()));
    fileUrl = pathToFileURL(file).href;
    browser = await puppeteer.launch({
      executablePath: findChromium(),
      headless: true,
      args: [...CHROMIUM_FLAGS],
    });
    page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 900 });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warn') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${String(e)}`));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(fileUrl, { waitUntil: 'load' });
  });

  after(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const visible = (selector: string) =>
    page.$$eval(selector, (nodes) => nodes.filter((n) => !(n as HTMLElement).hidden).length);

  it('renders every scenario, the run facts and the exit code', async () => {
    expect(
      await page.$$eval('section.scenario', (s) => s.map((n) => n.getAttribute('data-status'))),
    ).to.deep.equal(['pass', 'fail', 'error', 'timeout', 'crash', 'skip']);
    expect(await page.$eval('.exit', (n) => n.textContent)).to.equal(
      'exit 2: the harness could not run everything',
    );
    expect(await page.$eval('.facts', (n) => n.textContent)).to.contain('shard1/2');
    expect(await page.$$eval('[id^="ev-1-0-"]', (rows) => rows.length)).to.equal(13);
    // Events on the same spot of a lane share a mark: the calls at 12 and 15 ms, the four calls
    // near 60 s, and both commits.
    const marks = await page.$$eval('[id^="mark-1-0-"]', (m) =>
      m.map((n) => n.getAttribute('title')),
    );
    expect(marks).to.have.length(8);
    expect(marks.filter((t) => t?.startsWith('4 api events #5–#10, 60.0 s–'))).to.have.length(1);
    const rowMarks = await page.$$eval('[id^="ev-1-0-"]', (rows) =>
      rows.map((r) => document.getElementById(r.getAttribute('data-mark') ?? '') !== null),
    );
    expect(rowMarks.every(Boolean)).to.equal(true);
    expect(await page.$eval('#scenario-2 pre.error', (n) => n.textContent)).to.contain(
      'MANIFEST_INVALID',
    );
  });

  it('shows hostile values as text, never as markup', async () => {
    expect(await page.$$eval('#report b, #report script', (n) => n.length)).to.equal(0);
    expect(await page.$eval('#ev-1-0-9 .label', (n) => n.textContent)).to.contain(
      '"a</script><b>&\\"\'\\u0001',
    );
  });

  it('shows the data model after each commit, changed elements marked', async () => {
    await page.$eval('#ev-1-0-11 details', (d) => ((d as HTMLDetailsElement).open = true));
    const rows = await page.$$eval('#ev-1-0-11 table.data-model tr', (trs) =>
      trs.map((tr) => [tr.querySelector('th')!.textContent, tr.className]),
    );
    expect(rows).to.deep.include(['cmi.core.session_time', 'changed']);
    expect(rows).to.deep.include(['cmi.core.exit', '']);
  });

  it('highlights and scrolls to the event when a finding is clicked', async () => {
    await page.click('#scenario-1 li.finding button.goto[data-seq="5"]');
    const row = await page.$eval('#ev-1-0-5', (n) => {
      const box = n.getBoundingClientRect();
      return { highlighted: n.classList.contains('highlight'), top: box.top, bottom: box.bottom };
    });
    expect(row.highlighted).to.equal(true);
    expect(row.top).to.be.at.least(0);
    expect(row.bottom).to.be.at.most(900);
    const mark = await page.$eval('#ev-1-0-5', (n) => n.getAttribute('data-mark'));
    expect(await page.$eval(`#${mark}`, (n) => n.classList.contains('highlight'))).to.equal(true);
    expect(await page.$$eval('.highlight', (n) => n.length)).to.equal(2);
    const screenshot = join(dir, 'finding-clicked.png');
    await page.screenshot({ path: screenshot });
    expect(statSync(screenshot).size).to.be.greaterThan(10_000);
  });

  it('links a finding about the relaunch to the event in that launch', async () => {
    await page.click('#scenario-1 li.finding button.goto[data-place="1-1"]');
    expect(await page.$eval('#ev-1-1-2', (n) => n.classList.contains('highlight'))).to.equal(true);
    expect(await page.$eval('#ev-1-1-2 .label', (n) => n.textContent)).to.contain('"resume"');
    await page.click('#scenario-1 li.finding button.goto[data-seq="5"]');
  });

  it('filters events by type, keeping the highlighted event in view', async () => {
    await page.click('input[name="type"][value="api"]');
    expect(await visible('#scenario-1 div.event.type-api')).to.equal(1);
    expect(await page.$eval('#ev-1-0-5', (n) => (n as HTMLElement).hidden)).to.equal(false);
    expect(await visible('#scenario-1 div.event.type-commit')).to.equal(2);
    expect(await visible('#scenario-1 .mark.type-api')).to.equal(0);
    await page.click('input[name="type"][value="api"]');
    expect(await visible('#scenario-1 div.event.type-api')).to.equal(9);
  });

  it('filters scenarios by status', async () => {
    await page.click('input[name="status"][value="pass"]');
    expect(await page.$eval('#scenario-0', (n) => (n as HTMLElement).hidden)).to.equal(true);
    expect(await visible('section.scenario')).to.equal(5);
    await page.click('input[name="status"][value="pass"]');
    expect(await visible('section.scenario')).to.equal(6);
  });

  it('searches ids, findings and calls', async () => {
    await page.type('#search', 'heartbeat');
    const shown = await page.$$eval('section.scenario', (s) =>
      s.filter((n) => !(n as HTMLElement).hidden).map((n) => n.id),
    );
    expect(shown).to.deep.equal(['scenario-1', 'scenario-3']);
    expect(await visible('#scenario-1 div.event:not(.highlight)')).to.equal(1);
    await page.$eval('#search', (n) => ((n as HTMLInputElement).value = ''));
    await page.$eval('nav.filters', (n) => n.dispatchEvent(new Event('input')));
    expect(await visible('section.scenario')).to.equal(6);
  });

  it('logs no errors and makes no request beyond the file itself', () => {
    expect(problems).to.deep.equal([]);
    expect(requests).to.deep.equal([fileUrl]);
  });
});

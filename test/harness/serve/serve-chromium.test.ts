/**
 * `serve` for a person at a browser, driven in real Chromium: the SCO list renders, a SCO launches
 * from it, its calls appear in the live panel, suspend + relaunch resumes (entry "resume"), reset
 * starts over, a screenshot is taken, and no page logs an error.
 */
import { expect } from 'chai';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findChromium } from '../../../harness/driver/find-chromium.ts';
import { CHROMIUM_FLAGS } from '../../../harness/driver/puppeteer-driver.ts';
import { loadPackage } from '../../../harness/package/index.ts';
import type { ScormPackage } from '../../../harness/package/types.ts';
import { startServe, type RunningServe } from '../../../harness/serve/server.ts';

const FIXTURE = new URL('../../fixtures/packages/scorm12-single', import.meta.url).pathname;

/** The data model row's value as the panel shows it. */
function modelValue(page: Page, element: string): Promise<string | undefined> {
  return page.$eval(
    '#model tbody',
    (body, el) =>
      [...body.querySelectorAll('tr')].find((r) => r.dataset.element === el)?.cells[1]
        ?.textContent ?? undefined,
    element,
  );
}

function waitForModel(page: Page, element: string, value: string): Promise<unknown> {
  return page.waitForFunction(
    (el, v) =>
      [...document.querySelectorAll<HTMLTableRowElement>('#model tbody tr')].some(
        (r) => r.dataset.element === el && r.cells[1]?.textContent === v,
      ),
    { timeout: 20_000 },
    element,
    value,
  );
}

describe('serve in Chromium', function () {
  this.timeout(90_000);
  let pkg: ScormPackage;
  let serve: RunningServe;
  let browser: Browser;
  let page: Page;
  let dir: string;
  const problems: string[] = [];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'serve-'));
    pkg = await loadPackage(FIXTURE);
    serve = await startServe({ pkg });
    browser = await puppeteer.launch({
      executablePath: findChromium(),
      headless: true,
      args: [...CHROMIUM_FLAGS],
    });
    page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()} ${m.location().url ?? ''}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${String(e)}`));
  });

  after(async () => {
    await browser?.close();
    await serve?.close();
    await pkg?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('binds 127.0.0.1 and lists the SCOs', async () => {
    expect(serve.url).to.match(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    await page.goto(serve.url, { waitUntil: 'load' });
    const titles = await page.$$eval('a.sco', (links) => links.map((a) => a.textContent));
    expect(titles).to.deep.equal(['Lesson one']);
  });

  it('launches a SCO from the list; its calls appear in the live panel', async () => {
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('a.sco')]);
    await page.waitForFunction(
      () => document.querySelector('#calls tbody')?.textContent?.includes('LMSCommit'),
      { timeout: 20_000 },
    );
    const rows = await page.$$eval('#calls tbody tr.call', (trs) =>
      trs.map((tr) => [...tr.cells].slice(2).map((c) => c.textContent)),
    );
    expect(rows[0]).to.deep.equal(['LMSInitialize("")', '"true"', '0 No Error']);
    expect(rows).to.deep.include([
      'LMSSetValue("cmi.core.lesson_status", "incomplete")',
      '"true"',
      '0 No Error',
    ]);
    await waitForModel(page, 'cmi.core.lesson_status', 'incomplete');
    expect(await modelValue(page, 'cmi.core.entry')).to.equal('ab-initio');
  });

  it('suspend then relaunch resumes: entry "resume"', async () => {
    await page.click('#suspend');
    // The content's pagehide handler saves exit=suspend and finishes; the LMS keeps it.
    await waitForModel(page, 'cmi.core.exit', 'suspend');
    await page.waitForFunction(
      () => document.querySelector('#calls tbody')?.textContent?.includes('LMSFinish'),
      { timeout: 20_000 },
    );
    await page.click('#relaunch');
    await waitForModel(page, 'cmi.core.entry', 'resume');
    // The model can refresh before the panel lists the relaunch: wait for a second launch row.
    await page.waitForFunction(
      () => document.querySelectorAll('#calls tbody tr.launch').length >= 2,
      { timeout: 20_000 },
    );
    const launches = await page.$$eval('#calls tbody tr.launch', (trs) => trs.length);
    expect(launches).to.equal(2);
    const shot = join(dir, 'serve.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(statSync(shot).size).to.be.greaterThan(10_000);
  });

  it('reset forgets the attempt: the next launch is ab-initio with a clear panel', async () => {
    await page.click('#reset');
    await waitForModel(page, 'cmi.core.entry', 'ab-initio');
    // The model can refresh before the cleared panel lists the new launch: wait for its row.
    await page.waitForFunction(() => document.querySelector('#calls tbody tr.launch') !== null, {
      timeout: 20_000,
    });
    const launches = await page.$$eval('#calls tbody tr.launch', (trs) => trs.length);
    expect(launches).to.equal(1);
  });

  it('logged no console errors', () => {
    expect(problems).to.deep.equal([]);
  });
});

/**
 * Every window of a launch reads and schedules on the LMS page's one virtual clock: the content
 * frame, frames nested below it, and a popup. Only the root window loads fake-timers; the others
 * take their Date and performance from the root's copy, built on their own Date, and make their
 * timer functions themselves (shared-clock.browser.ts). What content in any of them sees must be
 * what it would see with a clock of its own realm.
 */
import { expect } from 'chai';
import type { LaunchMode } from '../../../harness/trace/types.ts';
import { contentAccessHarness } from '../session/content-access.ts';
import { fixture } from '../session/shared-harness.ts';

const CLOCK_START = Date.UTC(2031, 2, 4, 5, 6, 7);

interface Seen {
  date: number;
  perf: number;
  fired: number;
  dateIsDate: boolean;
  ownRealm: boolean;
}

// jsdom opens no popups; its frames run the same injected script.
const DRIVERS: ['chromium' | 'jsdom', LaunchMode[]][] = [
  ['chromium', ['frameset', 'nested:3', 'popup', 'popup:2']],
  ['jsdom', ['frameset', 'nested:3']],
];

for (const [name, modes] of DRIVERS) {
  describe(`the virtual clock shared by the windows of a launch (${name}, end to end)`, function () {
    this.timeout(30_000);
    const access = contentAccessHarness(name);

    for (const mode of modes) {
      it(`${mode}: the content window's Date, performance and timers run on the LMS page's clock`, async () => {
        const session = await access.harness().launch({
          package: await fixture('sco12'),
          learner: { id: `clock-${name}-${mode}`, name: 'Clock, Shared' },
          launchMode: mode,
          clockStart: CLOCK_START,
        });
        await session.waitForCall('LMSInitialize');
        const content = access.page(session);
        const look = () =>
          content.evaluate<Seen>(`
          const d = new win.Date();
          return {
            date: win.Date.now(),
            perf: win.performance.now(),
            fired: win.__fired ?? 0,
            dateIsDate: d instanceof win.Date &&
              Object.getPrototypeOf(d) === win.Date.prototype && d.getTime() === win.Date.now() &&
              win.Object.prototype.toString.call(d) === '[object Date]',
            ownRealm: [win.setTimeout, win.setInterval, win.clearTimeout, win.clearInterval,
              win.requestAnimationFrame, win.Date, win.Date.now, win.performance.now]
              .every((f) => f instanceof win.Function),
          };`);

        const before = await look();
        expect(before.date, 'Date.now() at launch').to.equal(CLOCK_START + session.t);
        expect(before.dateIsDate, 'a new Date is a Date of the content window').to.equal(true);
        expect(before.ownRealm, "the clock's functions are the content window's own").to.equal(
          true,
        );

        await content.evaluate(
          `win.setTimeout(() => { win.__fired = (win.__fired ?? 0) + 1; }, 90000);`,
        );
        await session.tick(60_000);
        const mid = await look();
        expect(mid.date, 'Date.now() after 60 s').to.equal(CLOCK_START + session.t);
        expect(mid.date - before.date).to.be.at.least(60_000);
        expect(mid.perf - before.perf, 'performance.now() moves with it').to.equal(
          mid.date - before.date,
        );
        expect(mid.fired, 'a 90 s timer before 90 s').to.equal(0);

        await session.tick(30_000);
        const after = await look();
        expect(after.fired, 'the 90 s timer, once at 90 s').to.equal(1);
        expect(after.date).to.equal(CLOCK_START + session.t);
        await session.finish();
      });
    }
  });
}

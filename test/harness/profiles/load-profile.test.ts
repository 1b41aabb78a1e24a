import { expect } from 'chai';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HarnessError } from '../../../harness/errors.ts';
import { BUILTIN_PROFILES, loadProfile } from '../../../harness/profiles/load-profile.ts';
import { parseProfile } from '../../../harness/profiles/validate-profile.ts';
import { scratch } from '../package/fixtures.ts';

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).to.be.instanceOf(HarnessError);
    return (e as HarnessError).message;
  }
  return expect.fail('no error');
}

describe('profile loading', () => {
  /** Where the tests write their profile files; removed after them. */
  let dir: string;
  let cleanup: () => Promise<void>;
  before(async () => ({ dir, cleanup } = await scratch()));
  after(() => cleanup());

  it('loads every built-in profile, each with a description and its sources', () => {
    expect(BUILTIN_PROFILES).to.include.members(['spec', 'lenient', 'moodle-1.2', 'chamilo-1.2']);
    for (const name of BUILTIN_PROFILES) {
      const profile = loadProfile(name);
      expect(profile.name, name).to.equal(name);
      expect(profile.description).to.have.length.above(20);
      if (name !== 'spec' && name !== 'adl-1.2-rte')
        expect(profile.sources, name).to.have.length.above(0);
    }
    expect(loadProfile('spec').quirks).to.deep.equal([]);
  });

  it('loads a profile file by path', () => {
    const file = join(dir, 'mine.json');
    const mine = { name: 'mine', description: 'x', quirks: [{ quirk: 'reinitialize' }] };
    writeFileSync(file, JSON.stringify(mine));
    expect(loadProfile(file)).to.deep.equal(mine);
  });

  const broken: [string, unknown, string][] = [
    [
      'a bad parameter',
      { quirks: [{ quirk: 'suspend-data-limit', length: 'x', over: 'truncate' }] },
      'quirks[0].length: must be integer',
    ],
    ['an unknown quirk', { quirks: [{ quirk: 'teleport' }] }, 'quirks[0].quirk: not a known quirk'],
    [
      'an unknown key',
      { quirks: [{ quirk: 'reinitialize', often: true }] },
      'quirks[0].often is not a known key',
    ],
    ['a missing parameter', { quirks: [{ quirk: 'auto-complete' }] }, 'quirks[0].on is missing'],
    [
      'a vocabulary miss',
      { quirks: [{ quirk: 'empty-status', when: 'always' }] },
      'quirks[0].when: must be equal to one of the allowed values (unset, after-commit)',
    ],
    [
      'a commit failure with no schedule',
      { quirks: [{ quirk: 'commit-failure' }] },
      'quirks[0].every is missing',
    ],
    ['a bad version', { versions: ['1.3'], quirks: [] }, 'versions[0]'],
  ];
  for (const [what, patch, expected] of broken) {
    it(`names the key at fault for ${what}`, () => {
      const profile = { name: 'p', description: 'd', ...(patch as object) };
      const message = messageOf(() => parseProfile(profile, 'p.json'));
      expect(message).to.contain('p.json').and.contain(expected);
    });
  }

  it('refuses an unknown built-in name with the list of names', () => {
    try {
      loadProfile('blackboard');
      expect.fail('accepted');
    } catch (e) {
      expect((e as HarnessError).hint).to.contain('moodle-1.2');
    }
  });

  it('refuses a file that is not JSON', () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, '{ nope');
    expect(messageOf(() => loadProfile(file))).to.contain('not JSON');
  });
});

import { expect } from 'chai';
import { Abbreviations } from './abbreviations.ts';
import { equivalentValues } from './equivalence.ts';
import { judge } from './evaluate.ts';
import { expandCommand, javaSplit, type ExpandedCommand } from './expand.ts';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HarnessError } from '../../harness/errors.ts';
import { classifyMismatches, loadKnownDivergences } from './known-divergences.ts';
import type { CommandResult } from './replay.ts';
import { parseManifestActivities } from './manifest.ts';
import { decodeUnicodeEscapes, parseJavaProperties, readTestCaseEntries } from './properties.ts';
import { launchScorm2004 } from './runtime-adapter.ts';
import { DEFAULT_CTS_DATA, runCtsSuite } from './suite.ts';
import { parseTestCase } from './test-case.ts';

const abbr = Abbreviations.fromText(
  [
    'I=doInitialize',
    'GET=doGetValue',
    'SET=doSetValue',
    'GES=doGetErrorString',
    'GLE=doGetLastError',
    'a=adl',
    'c=cmi',
    'n=nav',
    'r=request',
    'rv=request_valid',
    'tar={target=%s}',
    'LOC=location',
    'X=exit',
    'OB=objectives',
    'ID=id',
    'S=score',
    'SCA=scaled',
    'INTR=interactions',
    'CR=correct_responses',
    'P=pattern',
    'DA=data',
    'STR=store',
    'LI=learner_id',
    'TY.c=choice',
    'N.j=jump',
    'M.n=normal',
    'unk=unknown',
    'es=',
    't=true',
    'f=false',
  ].join('\n'),
);

describe('CTS 2004 replay (ADL SCORM 2004 4th Ed test cases API, DMI, DMB, DDM)', () => {
  it('matches every command except the listed known divergences, none of them stale', () => {
    const files = runCtsSuite(DEFAULT_CTS_DATA, launchScorm2004);
    const results = files.flatMap((f) => f.results);
    const classified = classifyMismatches(results, loadKnownDivergences());
    const unlisted = classified.unlisted.map((r) => `${r.testCase} ${r.command.key}`);
    expect(unlisted, 'mismatches not in known-divergences.json').to.deep.equal([]);
    expect(classified.stale, 'known divergences that match now').to.deep.equal([]);
    expect(files.map((f) => [f.testCase.name, f.results.length])).to.deep.equal([
      ['API', 30],
      ['DMI', 8161],
      ['DMB', 235],
      ['DDM', 120],
    ]);
  });
});

describe('CTS test-case file reader', () => {
  it('joins continued lines verbatim, skips #### lines and splits at the first "="', () => {
    const text = 'title=X\n####\nAct1V1.commands.0=SET->c~LOC!a=b\\\n  c->t->0\nAct1V1.CUI=\n';
    expect(readTestCaseEntries(text).map((e) => [e.key, e.value, e.line])).to.deep.equal([
      ['title', 'X', 1],
      ['Act1V1.commands.0', 'SET->c~LOC!a=b  c->t->0', 3],
      ['Act1V1.CUI', '', 5],
    ]);
  });

  it('decodes \\uXXXX and keeps other backslashes', () => {
    expect(decodeUnicodeEscapes('\\u0057e\\u6B22 M:\\ADL\\uZZZZ')).to.equal(
      'We\u6B22 M:\\ADL\\uZZZZ',
    );
  });

  it('reads java.util.Properties text (separators, comments, continuation, escapes)', () => {
    const props = parseJavaProperties(
      '# c\n! c\na = 1\nb:2\nc 3\nd=x\\\n   y\ne=\\u0041\\t\nes=\n',
    );
    expect(Object.fromEntries(props)).to.deep.equal({
      a: '1',
      b: '2',
      c: '3',
      d: 'xy',
      e: 'A\t',
      es: '',
    });
  });

  it('groups commands by visit in file order, a new group when the prefix changes', () => {
    const text = [
      'Act1V1.commands.0=I->->t->0',
      'Act2V1.commands.0=I->->t->0',
      'Act1V2.commands.1=GLE->->0->0',
      'Act1V2.commands.0=I->->t->0',
      'Act1V2.commands.2=c~LOC->x->0',
    ].join('\n');
    const tc = parseTestCase('T', 'T.properties', text, abbr);
    expect(tc.visits.map((v) => [v.name, v.activity, v.commands.map((c) => c.key)])).to.deep.equal([
      ['Act1V1', '1', ['Act1V1.commands.0']],
      ['Act2V1', '2', ['Act2V1.commands.0']],
      ['Act1V2', '1', ['Act1V2.commands.1', 'Act1V2.commands.0']],
    ]);
    expect(tc.ignored.map((i) => i.key)).to.deep.equal(['Act1V2.commands.2']);
  });
});

describe('CTS command expansion', () => {
  it('splits like Java: trailing empty fields dropped', () => {
    expect(javaSplit('GET->c~LOC->->', '->')).to.deep.equal(['GET', 'c~LOC']);
    expect(javaSplit('I->->t->0', '->')).to.deep.equal(['I', '', 't', '0']);
  });

  const table: [string, Partial<ExpandedCommand>][] = [
    ['I->->t->0', { fn: 'Initialize', target: '', expected: { value: 'true', error: '0' } }],
    ['I->illegal->f->201', { fn: 'Initialize', target: 'illegal' }],
    ['SET->!test->f->351', { fn: 'SetValue', target: '', value: 'test' }],
    ['SET->cmi!illegal->f->401', { fn: 'SetValue', target: 'cmi', value: 'illegal' }],
    ['SET->c~X!M.n->t->0', { target: 'cmi.exit', value: 'normal' }],
    ['SET->c~LOC!->t->0', { target: 'cmi.location', value: '' }],
    ['SET->c~LOC!a!b->t->0', { target: 'cmi.location', value: 'a!b' }],
    ['SET->c~S~SCA!0.5->t->0', { target: 'cmi.score.scaled', value: '0.5' }],
    ['SET->c~OB~0~ID!t->t->0', { target: 'cmi.objectives.0.id', value: 'true' }],
    ['SET->c~OB~3~S~SCA!1.9->f->407', { target: 'cmi.objectives.3.score.scaled', value: '1.9' }],
    [
      'SET->a~n~r!tar~activity_1~TY.c->t->0',
      { target: 'adl.nav.request', value: '{target=activity_1}choice' },
    ],
    [
      'SET->c~INTR~1~CR~0~P!a[,]b->t->0',
      { target: 'cmi.interactions.1.correct_responses.0.pattern', value: 'a[,]b' },
    ],
    [
      'GET->a~n~rv~N.j~tar~activity_2->t->0',
      { fn: 'GetValue', target: 'adl.nav.request_valid.jump.{target=activity_2}' },
    ],
    [
      'GET->c~INTR~1~CR~0~P!TY.c->a[,]b->0',
      { target: 'cmi.interactions.1.correct_responses.0.pattern', interactionType: 'choice' },
    ],
    ['GET->c~X->->405', { target: 'cmi.exit', expected: { value: '', error: '405' } }],
    ['GET->c~CS->unk->0', { expected: { value: 'unknown', error: '0' } }],
    ['GET->c~LOC->es->0', { expected: { value: 'es', error: '0' } }],
    ['GET->c~LI->m->0', { expected: { value: 'm', error: '0', learner: 'id' } }],
    [
      'SET->a~DA~&tarID_1&~STR!v->t->0',
      { target: 'adl.data.&tarID_1&.store', value: 'v', lookup: { kind: 'data', id: 'tarID_1' } },
    ],
    [
      'GES->402->less255->0',
      { fn: 'GetErrorString', target: '402', expected: { value: 'less255', error: '0' } },
    ],
    ['GLE->->201->201', { fn: 'GetLastError', expected: { value: '201', error: '201' } }],
  ];
  for (const [raw, want] of table) {
    it(raw, () => {
      expect(expandCommand(raw, abbr)).to.deep.include(want);
    });
  }
});

describe('CTS manifest launch state', () => {
  const xml = `<?xml version="1.0"?>
    <manifest identifier="P" xmlns:adlcp="a" xmlns:imsss="s">
      <organizations><organization identifier="O" adlcp:sharedDataGlobalToSystem="false">
        <item identifier="i1" identifierref="r" parameters="?tc=T&amp;act=1b">
          <adlcp:dataFromLMS>a &amp; b</adlcp:dataFromLMS>
          <adlcp:timeLimitAction>exit,message</adlcp:timeLimitAction>
          <adlcp:completionThreshold completedByMeasure="true" />
          <imsss:sequencing>
            <imsss:limitConditions attemptAbsoluteDurationLimit="PT1H" />
            <imsss:objectives>
              <imsss:primaryObjective objectiveID="p" satisfiedByMeasure="true" />
              <imsss:objective objectiveID="o2"><imsss:minNormalizedMeasure>0.4</imsss:minNormalizedMeasure></imsss:objective>
            </imsss:objectives>
          </imsss:sequencing>
          <adlcp:data><adlcp:map targetID="t1" writeSharedData="false" /></adlcp:data>
        </item>
      </organization></organizations>
    </manifest>`;

  it('maps an item to launch options, shared data maps and scope', () => {
    expect(parseManifestActivities(xml)).to.deep.equal([
      {
        packageId: 'P',
        itemId: 'i1',
        activity: '1b',
        options: {
          launchData: 'a & b',
          timeLimitAction: 'exit,message',
          completionThreshold: 1,
          maxTimeAllowed: 'PT1H',
          objectives: [
            { id: 'p', satisfiedByMeasure: true },
            { id: 'o2', minNormalizedMeasure: 0.4 },
          ],
          scaledPassingScore: 1,
        },
        sharedData: [{ targetId: 't1', read: true, write: false }],
        sharedDataGlobal: false,
      },
    ]);
  });
});

describe('CTS value equivalence and verdicts', () => {
  const same: [string, string, string, string?][] = [
    ['cmi.score.scaled', '0.5', '0.50'],
    ['cmi.total_time', 'PT1M', 'PT0H1M0S'],
    ['cmi.total_time', 'P29D', 'PT696H'],
    ['cmi.score._children', 'min,max,scaled,raw', 'scaled,raw,min,max'],
    ['cmi.interactions.0.learner_response', '', '{lang=en}'],
    [
      'cmi.interactions.0.correct_responses.0.pattern',
      'z',
      '{order_matters=true}{case_matters=false}z',
    ],
    ['cmi.interactions.0.correct_responses.0.pattern', 'a[,]b', 'b[,]a', 'choice'],
    ['cmi.comments_from_learner.0.comment', '{lang=EN}x', 'x'],
    ['cmi.learner_preference.language', 'zh-MIN', 'zh-min'],
  ];
  for (const [element, expected, actual, type] of same) {
    it(`${element}: ${expected} ≡ ${actual}`, () => {
      expect(equivalentValues(element, expected, actual, type)).to.equal(true);
    });
  }
  const different: [string, string, string, string?][] = [
    ['cmi.score.scaled', '0.5', '0.6'],
    ['cmi.location', 'PT1M', 'PT0H1M0S'],
    ['cmi.interactions.0.correct_responses.0.pattern', 'a[,]b', 'b[,]a', 'sequencing'],
    ['cmi.interactions.0.correct_responses.0.pattern', 'z', '{case_matters=true}z'],
  ];
  for (const [element, expected, actual, type] of different) {
    it(`${element}: ${expected} ≢ ${actual}`, () => {
      expect(equivalentValues(element, expected, actual, type)).to.equal(false);
    });
  }

  const command = (raw: string): ExpandedCommand => expandCommand(raw, abbr);
  it('judges request_valid.choice|jump leniently and ignores their error code', () => {
    const call = command('GET->a~n~rv~N.j~tar~activity_2->t->0');
    expect(judge(call, call.target, 'true', { value: 'unknown', error: '0' }).match).to.equal(true);
    expect(judge(call, call.target, 'true', { value: '', error: '401' }).match).to.equal(false);
  });
  it('judges GetErrorString less255 and a plain SetValue exactly', () => {
    const ges = command('GES->402->less255->0');
    expect(judge(ges, '402', 'less255', { value: 'x'.repeat(254), error: '0' }).match).to.equal(
      true,
    );
    expect(judge(ges, '402', 'less255', { value: 'x'.repeat(255), error: '0' }).match).to.equal(
      false,
    );
    const set = command('SET->c~X!M.n->t->0');
    expect(judge(set, 'cmi.exit', 'true', { value: 'true', error: '0' }).match).to.equal(true);
    expect(judge(set, 'cmi.exit', 'true', { value: 'true', error: '406' }).match).to.equal(false);
  });
  it('fails an &id& command whose id was not found', () => {
    const call = command('SET->a~DA~&missing&~STR!v->t->0');
    expect(judge(call, undefined, 'true', { value: '', error: '' }).match).to.equal(false);
  });
});

describe('CTS known divergences', () => {
  const divergence = {
    testCase: 'DMB',
    command: 'Act1V2.commands.2',
    reason: 'a reason long enough to explain it',
    ref: 'scorm-runtime.md#adl-data',
  };
  const result = (key: string, match: boolean): CommandResult => ({
    testCase: 'DMB',
    visit: key.slice(0, key.indexOf('.')),
    command: { index: 0, key, line: 1, raw: '', call: expandCommand('GLE->->0->0', abbr) },
    element: '',
    category: 'rte',
    observed: { value: '0', error: '0' },
    verdict: { match, expected: '', actual: '' },
  });

  it('explains listed mismatches, fails unlisted ones and reports entries that went away', () => {
    const listed = classifyMismatches([result('Act1V2.commands.2', false)], [divergence]);
    expect([listed.known.length, listed.unlisted.length, listed.stale.length]).to.deep.equal([
      1, 0, 0,
    ]);
    const fixed = classifyMismatches([result('Act1V2.commands.2', true)], [divergence]);
    expect(fixed.stale).to.deep.equal([divergence]);
    const other = classifyMismatches([result('Act1V2.commands.3', false)], [divergence]);
    expect(other.unlisted.map((r) => r.command.key)).to.deep.equal(['Act1V2.commands.3']);
  });

  it('rejects a file that breaks the schema or cites a missing anchor', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cts-divergences-'));
    const write = (name: string, data: unknown): string => {
      const file = join(dir, name);
      writeFileSync(file, JSON.stringify(data));
      return file;
    };
    const reference = '<a id="adl-data"></a>';
    const noReason = write('a.json', { divergences: [{ ...divergence, reason: undefined }] });
    expect(() => loadKnownDivergences(noReason, reference)).to.throw(HarnessError, /reason/);
    const badRef = write('b.json', {
      divergences: [{ ...divergence, ref: 'scorm-runtime.md#nope' }],
    });
    expect(() => loadKnownDivergences(badRef, reference)).to.throw(HarnessError, /anchor/);
    const good = write('c.json', { divergences: [divergence] });
    expect(loadKnownDivergences(good, reference)).to.deep.equal([divergence]);
    rmSync(dir, { recursive: true });
  });
});

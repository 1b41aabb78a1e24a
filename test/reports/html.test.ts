import { expect } from 'chai';
import { renderHtml } from '../../reports/html.ts';
import { reportData, scriptSafeJson, type ReportData } from '../../reports/html-data.ts';
import { HOSTILE, sampleResults } from '../harness/results/sample-results.ts';

function embedded(html: string): ReportData {
  const match = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(html);
  expect(match, 'report data element').not.to.equal(null);
  return JSON.parse(match![1]!) as ReportData;
}

describe('html reporter', () => {
  const html = renderHtml(sampleResults());

  it('is one file with inline style and script and a policy that forbids the network', () => {
    expect(html.startsWith('<!doctype html>')).to.equal(true);
    expect(html).to.contain(
      `content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'"`,
    );
    expect(html.match(/<script\b/g)).to.have.length(2);
    expect(html.match(/<\/script>/g)).to.have.length(2);
    expect(html).not.to.match(/<link\b|\bsrc=|@import|url\(/);
  });

  it('embeds the report data so that hostile values cannot end the script element', () => {
    expect(html).not.to.contain(HOSTILE);
    const data = embedded(html);
    expect(data).to.deep.equal(
      JSON.parse(JSON.stringify(reportData(sampleResults(), 'scorm-harness run: sch-bridge'))),
    );
    expect(JSON.stringify(data)).to.contain('a</script><b>');
  });

  it('escapes <, >, & and the JS line separators in embedded JSON', () => {
    const text = scriptSafeJson({ v: '</script><!--&\u2028\u2029' });
    expect(text).to.equal('{"v":"\\u003c/script\\u003e\\u003c!--\\u0026\\u2028\\u2029"}');
    expect(JSON.parse(text)).to.deep.equal({ v: '</script><!--&\u2028\u2029' });
  });

  it('uses the title given, escaped', () => {
    expect(renderHtml(sampleResults(), { title: 'a <b> & c' })).to.contain(
      '<title>a &lt;b&gt; &amp; c</title>',
    );
  });
});

describe('html report data', () => {
  const data = reportData(sampleResults(), 't');
  const failed = data.scenarios[1]!;

  it('labels every event like the other reporters and ends the axis at the last event', () => {
    expect(failed.launches[0]!.events!.map((e) => e.seq)).to.deep.equal([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
    ]);
    expect(failed.launches[0]!.events![6]!.label).to.equal(
      'LMSSetValue("cmi.core.exit", "suspend") -> "true" [0]',
    );
    expect(failed.launches[0]!.end).to.equal(60_060);
    expect(failed.launches[0]!.ended).to.equal('terminated');
  });

  it('keeps the data model of each commit and marks what changed since the previous one', () => {
    const commits = failed.launches[0]!.events!.filter((e) => e.type === 'commit');
    expect(commits[0]!.changed).to.deep.equal([
      'cmi.core.lesson_status',
      'cmi.core.exit',
      'cmi.suspend_data',
    ]);
    expect(commits[1]!.changed).to.deep.equal(['cmi.core.session_time']);
    expect(commits[1]!.data).to.have.property('cmi.suspend_data');
  });

  it('keeps http bodies and shows control characters in finding messages', () => {
    expect(failed.launches[0]!.events![3]!.bodies).to.deep.equal({
      request: '{"session":"s-1"}',
      response: undefined,
    });
    expect(failed.findings[1]!.message).to.contain('\\u0001\\u001b[31m');
  });

  it('keeps each launch of a relaunching scenario apart', () => {
    expect(failed.launches.map((l) => [l.path, l.events?.length, l.end])).to.deep.equal([
      ['out/traces/suspend-data-small.trace.json', 13, 60_060],
      ['out/traces/suspend-data-small.2.trace.json', 4, 9],
    ]);
  });

  it('has no launches for a scenario that never launched, and the exit code', () => {
    expect(data.scenarios[2]!.launches).to.deep.equal([]);
    expect(data.exit).to.deep.equal({ code: 2, meaning: 'the harness could not run everything' });
    expect(data.facts).to.deep.include(['shard', '1/2']);
  });
});

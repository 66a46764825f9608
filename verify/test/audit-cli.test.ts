// The built verifier, run as a child process on real exports from a test platform: an untouched
// export verifies; each kind of tampering is named at its event; an auditor's redacted export still
// verifies end to end; malformed files are refused with a reason, never a crash.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { canonicalRecord, chainHash, type ChainedRecord } from '../../server/src/audit/chain.ts';
import { signIn } from '../../server/test/support/test-platform.ts';
import { canonicalEvent, eventHash } from '../src/canonical.ts';
import type { FullEventLine } from '../src/export-format.ts';
import type { AuditReport } from '../src/report.ts';
import { AWKWARD_TEXT, createAuditExportFixture, runCli, type AuditExportFixture } from './support/audit-export-fixture.ts';

let fx: AuditExportFixture;
let adminLines: string[];
before(async () => {
  fx = await createAuditExportFixture();
  adminLines = readLines(fx.adminExport);
});
after(() => fx.close());

function readLines(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  assert.ok(text.endsWith('\n'));
  return text.slice(0, -1).split('\n');
}

const parsed = (line: string) => JSON.parse(line) as Record<string, unknown>;
const eventIndex = (lines: string[], seq: number) => lines.findIndex((l) => parsed(l).type === 'event' && parsed(l).seq === String(seq));

let variants = 0;
function variant(lines: string[], content?: string | Buffer): string {
  const file = path.join(fx.dir, `variant-${++variants}.jsonl`);
  fs.writeFileSync(file, content ?? `${lines.join('\n')}\n`);
  return file;
}

function verify(file: string, ...options: string[]): { status: number | null; report: AuditReport; stderr: string } {
  const run = runCli(['audit', file, '--json', ...options]);
  return { status: run.status, report: JSON.parse(run.stdout) as AuditReport, stderr: run.stderr };
}

function assertFails(file: string, expected: { seq: string | null; kind: string }, ...options: string[]): AuditReport {
  const { status, report } = verify(file, '--public-key', fx.publicKeyFile, ...options);
  assert.equal(status, 1, JSON.stringify(report.firstProblem));
  assert.equal(report.ok, false);
  assert.equal(report.firstProblem?.kind, expected.kind, report.firstProblem?.message);
  assert.equal(report.firstProblem?.seq, expected.seq, report.firstProblem?.message);
  return report;
}

describe('an untouched export', () => {
  test('verifies with the platform key: exit 0, every event in full, every signature checked', () => {
    const { status, report } = verify(fx.adminExport, '--public-key', fx.publicKeyFile);
    assert.equal(status, 0, JSON.stringify(report.problems));
    const events = adminLines.filter((l) => parsed(l).type === 'event').length;
    assert.ok(events > 30);
    assert.deepEqual(report.events, { checked: events, full: events, linkOnly: 0 });
    assert.equal(report.checkpoints.total, 2);
    assert.equal(report.checkpoints.verified, 2);
    assert.deepEqual(report.key, { keyId: fx.platform.services.audit.publicKey.keyId, status: 'expected' });
    assert.equal(report.problemCount, 0);
    // The export event itself comes after the last checkpoint: said, not hidden.
    assert.match(report.warnings.join('\n'), /after the last signed checkpoint/);
  });

  test('the text report says so for a person', () => {
    const run = runCli(['audit', fx.adminExport, '--public-key', fx.publicKeyFile]);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /VERIFIED: the audit trail in this export is intact/);
    assert.match(run.stdout, /in full, 0 by link only/);
  });

  test('without --public-key it verifies against the key in the file, and warns that the key was not checked', () => {
    const { status, report } = verify(fx.adminExport);
    assert.equal(status, 0);
    assert.equal(report.key?.status, 'from-file');
    assert.match(report.warnings.join('\n'), /--public-key/);
  });

  test("the verifier's hash of every event equals the server's stored hash (two implementations agree)", async () => {
    const stored = new Map<string, ChainedRecord>();
    for await (const batch of fx.platform.services.audit.store.inOrder(fx.platform.services.db, 1000)) for (const e of batch) stored.set(e.seq, e);
    const events = adminLines.map(parsed).filter((l) => l.type === 'event') as unknown as FullEventLine[];
    assert.ok(events.length > 30 && stored.size >= events.length);
    for (const e of events) {
      const server = stored.get(e.seq)!;
      assert.equal(eventHash(e.prevHash, e), server.hash, `event #${e.seq}`);
      assert.equal(canonicalEvent(e), canonicalRecord(server), `event #${e.seq}`);
      assert.equal(chainHash(e.prevHash, server), server.hash, `event #${e.seq}`);
    }
    assert.ok(events.some((e) => e.reason === AWKWARD_TEXT), 'the awkward characters made the round trip');
    assert.equal(String(events.length), (parsed(adminLines[0]!).head as { seq: string }).seq);
  });

  test('the export is on the audit trail, and people without an audit role are refused', async () => {
    const exported = await fx.platform.services.audit.search({ action: 'audit.exported', limit: 10 });
    assert.deepEqual(exported.map((e) => e.details), ['{"format":"jsonl"}', '{"format":"jsonl"}']);
    const reader = await signIn(fx.platform.app, 'reader1');
    const refused = await fx.platform.app.inject({ url: '/api/audit/export.jsonl', headers: reader.headers });
    assert.equal(refused.statusCode, 403);
  });
});

describe('tampering is named at the first bad event', () => {
  test('one character flipped in the details of an event', () => {
    const lines = [...adminLines];
    const i = eventIndex(lines, 7);
    const at = lines[i]!.indexOf('"details":"') + '"details":"'.length;
    const letter = lines[i]!.slice(at).search(/[a-z]/) + at;
    const original = lines[i]![letter]!;
    lines[i] = lines[i]!.slice(0, letter) + (original === 'a' ? 'b' : 'a') + lines[i]!.slice(letter + 1);
    const report = assertFails(variant(lines), { seq: '7', kind: 'altered' });
    assert.equal(report.problemCount, 1, 'one altered event, no cascade');
  });

  test('an event line deleted', () => {
    const lines = adminLines.filter((_, i) => i !== eventIndex(adminLines, 12));
    assertFails(variant(lines), { seq: '12', kind: 'missing' });
  });

  test('two event lines swapped', () => {
    const lines = [...adminLines];
    const [a, b] = [eventIndex(lines, 9), eventIndex(lines, 10)];
    [lines[a], lines[b]] = [lines[b]!, lines[a]!];
    const report = assertFails(variant(lines), { seq: '9', kind: 'reordered' });
    assert.match(report.firstProblem!.message, /event #10 .* comes before event #9/);
  });

  test('a forged event inserted with a correctly computed hash', () => {
    const lines = [...adminLines];
    const i = eventIndex(lines, 15);
    const previous = parsed(lines[i - 1]!) as unknown as FullEventLine;
    const forged = { ...(parsed(lines[i]!) as unknown as FullEventLine), action: 'membership.granted', reason: 'forged', prevHash: previous.hash };
    const line = JSON.stringify({ ...forged, hash: eventHash(previous.hash, forged) });
    lines.splice(i, 0, line);
    const report = assertFails(variant(lines), { seq: '15', kind: 'duplicate' });
    assert.ok(report.problems.some((p) => p.seq === '16' && p.kind === 'link-broken'));
  });

  test('a forged event appended after the recorded head', () => {
    const lines = [...adminLines];
    const lastIndex = lines.findLastIndex((l) => parsed(l).type === 'event');
    const last = parsed(lines[lastIndex]!) as unknown as FullEventLine;
    const forged = { ...last, seq: String(Number(last.seq) + 1), action: 'audit.forged', prevHash: last.hash };
    lines.splice(lastIndex + 1, 0, JSON.stringify({ ...forged, hash: eventHash(last.hash, forged) }));
    assertFails(variant(lines), { seq: forged.seq, kind: 'beyond-head' });
  });

  test('the trail rewritten from one event on, every hash recomputed, is caught by the signed checkpoint', () => {
    const lines = [...adminLines];
    let prevHash = (parsed(lines[eventIndex(lines, 4) - 1]!) as unknown as FullEventLine).hash;
    for (let i = eventIndex(lines, 4); parsed(lines[i]!).type === 'event'; i++) {
      const e = parsed(lines[i]!) as unknown as FullEventLine;
      const rewritten = { ...e, prevHash, ...(e.seq === '4' && { reason: 'rewritten' }) };
      prevHash = eventHash(prevHash, rewritten);
      lines[i] = JSON.stringify({ ...rewritten, hash: prevHash });
    }
    const headerLine = parsed(lines[0]!) as { head: { seq: string; hash: string } };
    lines[0] = JSON.stringify({ ...headerLine, head: { ...headerLine.head, hash: prevHash } });
    const firstCheckpoint = parsed(lines.find((l) => parsed(l).type === 'checkpoint')!);
    assertFails(variant(lines), { seq: firstCheckpoint.seq as string, kind: 'checkpoint-mismatch' });
  });

  test("a checkpoint's signature replaced", () => {
    const lines = [...adminLines];
    const indexes = lines.flatMap((l, i) => (parsed(l).type === 'checkpoint' ? [i] : []));
    const [first, second] = indexes.map((i) => parsed(lines[i]!));
    lines[indexes[1]!] = JSON.stringify({ ...second, signature: first!.signature });
    assertFails(variant(lines), { seq: second!.seq as string, kind: 'bad-signature' });
  });

  test('a checkpoint line removed is noticed by the end line', () => {
    const lines = adminLines.filter((l) => parsed(l).type !== 'checkpoint' || parsed(l).seq !== parsed(adminLines.find((x) => parsed(x).type === 'checkpoint')!).seq);
    assertFails(variant(lines), { seq: null, kind: 'incomplete' });
  });

  test('the export cut short at a line boundary', () => {
    const lastEvent = adminLines.findLastIndex((l) => parsed(l).type === 'event');
    const lines = adminLines.slice(0, lastEvent - 2);
    const firstCut = String(parsed(adminLines[lastEvent - 2]!).seq);
    const report = assertFails(variant(lines), { seq: firstCut, kind: 'missing' });
    assert.ok(report.problems.some((p) => p.kind === 'incomplete'));
  });

  test('another public key given: refused', () => {
    const { status, report } = verify(fx.adminExport, '--public-key', fx.otherKeyFile);
    assert.equal(status, 1);
    assert.equal(report.firstProblem?.kind, 'unexpected-key');
    assert.match(report.firstProblem!.message, /not with the expected key .*refused/);
    assert.equal(report.checkpoints.verified, 0);
    assert.equal(report.key?.status, 'refused');
  });

  test('a header carrying another key than the one its key id names', () => {
    const lines = [...adminLines];
    const header = parsed(lines[0]!) as { platformKey: { keyId: string; publicKeyPem: string } };
    lines[0] = JSON.stringify({ ...header, platformKey: { ...header.platformKey, publicKeyPem: fs.readFileSync(fx.otherKeyFile, 'utf8') } });
    assertFails(variant(lines), { seq: null, kind: 'bad-key' });
  });
});

describe("an auditor's export", () => {
  test('reveals in full only the projects they audit, and still verifies end to end', async () => {
    const text = fs.readFileSync(fx.auditorExport, 'utf8');
    assert.ok(!text.includes(fx.otherProjectId), 'nothing of the other project');
    const lines = readLines(fx.auditorExport).map(parsed);
    const events = lines.filter((l) => l.type === 'event');
    const redacted = events.filter((l) => l.redacted === true);
    for (const r of redacted) assert.deepEqual(Object.keys(r).sort(), ['hash', 'prevHash', 'redacted', 'seq', 'type']);
    const full = events.filter((l) => l.redacted !== true);
    assert.ok(full.length > 0 && redacted.length > 0);
    assert.ok(full.every((e) => e.projectId === fx.demoProjectId));

    const { status, report } = verify(fx.auditorExport, '--public-key', fx.publicKeyFile);
    assert.equal(status, 0, JSON.stringify(report.problems));
    assert.deepEqual(report.events, { checked: events.length, full: full.length, linkOnly: redacted.length });
    assert.equal(report.checkpoints.verified, 2);
    assert.match(runCli(['audit', fx.auditorExport]).stdout, new RegExp(`${full.length} in full, ${redacted.length} by link only`));
  });

  test('a redacted line cannot be altered unnoticed either', () => {
    const lines = readLines(fx.auditorExport);
    const i = lines.findIndex((l) => parsed(l).redacted === true && Number(parsed(l).seq) > 3);
    const r = parsed(lines[i]!);
    lines[i] = JSON.stringify({ ...r, hash: 'f'.repeat(64) });
    assertFails(variant(lines), { seq: String(Number(r.seq) + 1), kind: 'link-broken' });
  });
});

describe('malformed input is refused with a reason (exit 3), never a crash', () => {
  const refused = (file: string, pattern: RegExp, line?: number | null) => {
    const { status, report, stderr } = verify(file);
    assert.equal(status, 3, stderr);
    assert.ok(report.error, 'an error is reported');
    assert.match(report.error.message, pattern);
    if (line !== undefined) assert.equal(report.error.line, line);
    assert.equal(stderr, '');
  };

  test('a line that is not JSON', () => {
    const lines = [...adminLines];
    lines[5] = 'this is not json';
    refused(variant(lines), /not valid JSON/, 6);
  });

  test('a file cut off in the middle of a line', () => {
    const text = fs.readFileSync(fx.adminExport, 'utf8');
    refused(variant([], text.slice(0, Math.floor(text.length / 2))), /cut off/);
  });

  test('an absurdly long line (over 1 MiB)', () => {
    const lines = [...adminLines];
    lines.splice(3, 0, `{"type":"event","details":"${'x'.repeat(1024 * 1024 + 10)}"}`);
    refused(variant(lines), /longer than 1048576 bytes/, 4);
  });

  test('an unknown format version', () => {
    const lines = [...adminLines];
    lines[0] = JSON.stringify({ ...parsed(lines[0]!), version: 2 });
    refused(variant(lines), /format version 2 is not supported/, 1);
  });

  test('not an export at all, an empty file, invalid UTF-8, an extra field', () => {
    refused(variant([], '{"hello":"world"}\n'), /unknown line type/, 1);
    refused(variant([], ''), /empty/);
    refused(variant([], Buffer.concat([Buffer.from(`${adminLines[0]}\n`), Buffer.from([0xff, 0xfe, 0x0a])])), /not valid UTF-8/, 2);
    const lines = [...adminLines];
    lines[3] = JSON.stringify({ ...parsed(lines[3]!), actorUsername: 'someone' });
    refused(variant(lines), /unexpected field "actorUsername"/, 4);
  });

  test('a line after the end, an event after the checkpoints', () => {
    refused(variant([...adminLines, adminLines[2]!]), /after the end line/);
    const lines = [...adminLines];
    lines.splice(lines.length - 1, 0, adminLines[2]!);
    refused(variant(lines), /event after the checkpoints/);
  });
});

describe('the command line', () => {
  test('--help on every command, exit 0', () => {
    for (const args of [['--help'], ['-h'], ['audit', '--help']]) {
      const run = runCli(args);
      assert.equal(run.status, 0, args.join(' '));
      assert.match(run.stdout, /Usage/);
      assert.match(run.stdout, /Exit codes/);
    }
  });

  test('wrong usage: exit 2 with a sentence', () => {
    const cases: Array<[string[], RegExp]> = [
      [[], /Commands/],
      [['seal'], /unknown command "seal"/],
      [['audit'], /needs the export file/],
      [['audit', path.join(fx.dir, 'nowhere.jsonl')], /cannot read/],
      [['audit', fx.adminExport, '--frobnicate'], /unknown option --frobnicate/],
      [['audit', fx.adminExport, '--public-key'], /--public-key needs a value/],
      [['audit', fx.adminExport, '--public-key', fx.adminExport], /not an Ed25519 public key/],
    ];
    for (const [args, pattern] of cases) {
      const run = runCli(args);
      assert.equal(run.status, 2, args.join(' '));
      assert.match(run.stderr, pattern, args.join(' '));
    }
  });
});

// What a verification found, and how it is told: plain text for a person, JSON for a program.
import type { ChainHead } from './export-format.ts';

export type ProblemKind =
  | 'altered'
  | 'link-broken'
  | 'missing'
  | 'reordered'
  | 'duplicate'
  | 'beyond-head'
  | 'head-mismatch'
  | 'checkpoint-mismatch'
  | 'bad-signature'
  | 'bad-key'
  | 'unexpected-key'
  | 'incomplete';

export interface Problem {
  kind: ProblemKind;
  /** The event concerned; null for what concerns the whole file (its key, its end line). */
  seq: string | null;
  line: number | null;
  message: string;
}

const LABELS: Record<ProblemKind, string> = {
  altered: 'content altered',
  'link-broken': 'link broken',
  missing: 'event missing',
  reordered: 'events reordered',
  duplicate: 'event duplicated',
  'beyond-head': 'event beyond the chain head',
  'head-mismatch': 'chain head mismatch',
  'checkpoint-mismatch': 'checkpoint mismatch',
  'bad-signature': 'bad signature',
  'bad-key': 'bad platform key',
  'unexpected-key': 'not the expected key',
  incomplete: 'export incomplete',
};

/** A refused key first (nothing else can be trusted), then by event and line, then what concerns the whole file. */
function rank(p: Problem): number {
  if (p.kind === 'bad-key' || p.kind === 'unexpected-key') return 0;
  return p.seq === null ? 2 : 1;
}

function compareProblems(a: Problem, b: Problem): number {
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (a.seq !== null && b.seq !== null && a.seq !== b.seq) return BigInt(a.seq) < BigInt(b.seq) ? -1 : 1;
  return (a.line ?? 0) - (b.line ?? 0);
}

/** Keeps the earliest problems (by event) up to a limit, so a wholly corrupt file costs no memory. */
export class ProblemLog {
  #kept: Problem[] = [];
  #total = 0;

  constructor(private readonly limit = 100) {}

  add(problem: Problem): void {
    this.#total++;
    let at = this.#kept.length;
    while (at > 0 && compareProblems(this.#kept[at - 1]!, problem) > 0) at--;
    if (at >= this.limit) return;
    this.#kept.splice(at, 0, problem);
    if (this.#kept.length > this.limit) this.#kept.pop();
  }

  get total(): number {
    return this.#total;
  }

  get kept(): readonly Problem[] {
    return this.#kept;
  }
}

export type KeyStatus = 'expected' | 'from-file' | 'refused' | 'invalid';

const KEY_STATUS: Record<KeyStatus, string> = {
  expected: 'the expected key',
  'from-file': 'read from the file: not checked against a known key',
  refused: 'NOT the expected key',
  invalid: 'unusable',
};

export interface AuditReport {
  command: 'audit';
  file: string;
  ok: boolean;
  export: { version: number; exportedAt: string; head: ChainHead } | null;
  /** The key the export declares, and what became of it: the expected one, read from the file only, refused, unusable. */
  key: { keyId: string; status: KeyStatus } | null;
  events: { checked: number; full: number; linkOnly: number };
  checkpoints: { total: number; verified: number; signedThrough: string | null };
  firstProblem: Problem | null;
  problemCount: number;
  problems: Problem[];
  warnings: string[];
  /** Set when the file could not be read as an export at all. */
  error: { line: number | null; message: string } | null;
}

const SHOWN_PROBLEMS = 10;

function describe(p: Problem): string {
  const where = [p.seq !== null ? `event #${p.seq}` : null, p.line !== null ? `line ${p.line}` : null].filter(Boolean).join(', ');
  return `${where ? `${where}: ` : ''}${LABELS[p.kind]} — ${p.message}`;
}

export function renderText(r: AuditReport): string {
  const out: string[] = [`corelab-verify audit ${r.file}`, ''];
  if (r.error) {
    out.push(`UNREADABLE: ${r.error.message}`);
    return `${out.join('\n')}\n`;
  }
  if (r.export) out.push(`  Export       format ${r.export.version}, exported ${r.export.exportedAt}, chain head #${r.export.head.seq}`);
  if (r.key) out.push(`  Platform key ${r.key.keyId} (${KEY_STATUS[r.key.status]})`);
  out.push(`  Events       ${r.events.checked} checked: ${r.events.full} in full, ${r.events.linkOnly} by link only (redacted)`);
  const through = r.checkpoints.signedThrough === null ? 'no event is covered by a signature' : `signed through event #${r.checkpoints.signedThrough}`;
  out.push(`  Checkpoints  ${r.checkpoints.verified} of ${r.checkpoints.total} signatures verified; ${through}`);
  for (const w of r.warnings) out.push(`  Note         ${w}`);
  out.push('');
  if (r.ok) {
    out.push('VERIFIED: the audit trail in this export is intact.');
  } else {
    out.push(`NOT VERIFIED: ${r.firstProblem ? describe(r.firstProblem) : 'see the problems below'}`);
    if (r.problemCount > 1) {
      out.push('', `${r.problemCount} problems found${r.problemCount > SHOWN_PROBLEMS ? `, the first ${SHOWN_PROBLEMS}` : ''}:`);
      for (const p of r.problems.slice(0, SHOWN_PROBLEMS)) out.push(`  - ${describe(p)}`);
    }
  }
  return `${out.join('\n')}\n`;
}

export function renderJson(r: AuditReport): string {
  return `${JSON.stringify(r, null, 2)}\n`;
}

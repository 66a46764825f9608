// `audit`: reads an export line by line in one pass and puts the chain check, the signatures and
// the file's structure (header first, events, checkpoints, end line last) together in one report.
import { ChainCheck } from './chain-check.ts';
import { FormatError, parseLine, type CheckpointLine, type EndLine, type HeaderLine } from './export-format.ts';
import { checkpointSeqsFromTail, readLines } from './export-reader.ts';
import { ProblemLog, type AuditReport, type KeyStatus } from './report.ts';
import { checkSignature, trustedKey, type ExpectedKey, type TrustedKey } from './signatures.ts';

export interface AuditVerifyOptions {
  expectedKey?: ExpectedKey | undefined;
  onProgress?: ((bytesRead: number, events: number) => void) | undefined;
}

type Stage = 'header' | 'events' | 'checkpoints' | 'ended';

/** Everything learnt while reading, turned into the report at the end. */
class AuditReading {
  readonly problems = new ProblemLog();
  readonly chain: ChainCheck;
  stage: Stage = 'header';
  header: HeaderLine | undefined;
  key: TrustedKey | undefined;
  keyStatus: KeyStatus = 'invalid';
  end: EndLine | undefined;
  checkpoints = 0;
  verifiedCheckpoints = 0;
  signedThrough: bigint | undefined;

  constructor(checkpointSeqs: Set<string>, private readonly expectedKey: ExpectedKey | undefined) {
    this.chain = new ChainCheck(this.problems, checkpointSeqs);
  }

  get events(): number {
    return this.chain.full + this.chain.linkOnly;
  }

  read(text: string, number: number): void {
    const line = parseLine(text, number);
    if (line.type === 'header') {
      if (this.stage !== 'header') throw new FormatError(number, 'a second header: only the first line may be the header');
      this.#header(line);
      return;
    }
    if (this.stage === 'header') throw new FormatError(number, 'the first line must be the export header: this is not a Corelab audit export');
    if (this.stage === 'ended') throw new FormatError(number, 'a line after the end line');
    switch (line.type) {
      case 'event':
        if (this.stage === 'checkpoints') throw new FormatError(number, 'an event after the checkpoints: events come first');
        this.chain.push(line, number);
        return;
      case 'checkpoint':
        this.stage = 'checkpoints';
        this.#checkpoint(line, number);
        return;
      case 'end':
        this.stage = 'ended';
        this.end = line;
        return;
    }
  }

  #header(header: HeaderLine): void {
    this.header = header;
    this.stage = 'events';
    const { key, status, problems } = trustedKey(header, this.expectedKey);
    this.key = key;
    this.keyStatus = status;
    for (const p of problems) this.problems.add(p);
  }

  #checkpoint(checkpoint: CheckpointLine, number: number): void {
    this.checkpoints++;
    const matched = this.chain.matchCheckpoint(checkpoint.seq, checkpoint.hash, number);
    if (!this.key) return; // the key was refused: nothing can be said of the signatures
    const problem = checkSignature(checkpoint, number, this.key);
    if (problem) this.problems.add(problem);
    else this.verifiedCheckpoints++;
    const seq = BigInt(checkpoint.seq);
    if (!problem && matched && (this.signedThrough === undefined || seq > this.signedThrough)) this.signedThrough = seq;
  }

  finish(): void {
    if (!this.header) throw new FormatError(null, 'the file is empty');
    this.chain.finish(this.header.head);
    if (!this.end) {
      this.problems.add({ kind: 'incomplete', seq: null, line: null, message: 'the export has no end line: it was cut short, or lines were removed from its end' });
    } else if (this.end.events !== this.events || this.end.checkpoints !== this.checkpoints) {
      this.problems.add({
        kind: 'incomplete',
        seq: null,
        line: null,
        message: `the end line counts ${this.end.events} events and ${this.end.checkpoints} checkpoints, the file holds ${this.events} and ${this.checkpoints}: lines were removed or added`,
      });
    }
  }

  warnings(): string[] {
    const warnings: string[] = [];
    if (this.keyStatus === 'from-file') {
      warnings.push('the platform key was read from the file itself; pass --public-key with the key your platform publishes to know the export comes from it');
    }
    const head = this.header ? BigInt(this.header.head.seq) : 0n;
    if (this.checkpoints === 0 && head > 0n) warnings.push('the export holds no signed checkpoint: no signature covers any of its events');
    else if (this.signedThrough !== undefined && this.signedThrough < head) {
      const first = this.signedThrough + 1n;
      warnings.push(`event${first === head ? ` #${head} comes` : `s #${first} to #${head} come`} after the last signed checkpoint: linked to the chain, but no signature covers them yet`);
    }
    return warnings;
  }
}

function emptyReport(file: string): AuditReport {
  return {
    command: 'audit',
    file,
    ok: false,
    export: null,
    key: null,
    events: { checked: 0, full: 0, linkOnly: 0 },
    checkpoints: { total: 0, verified: 0, signedThrough: null },
    firstProblem: null,
    problemCount: 0,
    problems: [],
    warnings: [],
    error: null,
  };
}

export async function verifyAuditExport(file: string, options: AuditVerifyOptions = {}): Promise<AuditReport> {
  const reading = new AuditReading(checkpointSeqsFromTail(file), options.expectedKey);
  try {
    for await (const lines of readLines(file, (bytes) => options.onProgress?.(bytes, reading.events))) {
      for (const line of lines) reading.read(line.text, line.number);
    }
    reading.finish();
  } catch (error) {
    if (!(error instanceof FormatError)) throw error;
    return { ...emptyReport(file), error: { line: error.line, message: error.message } };
  }
  const { header, chain, problems } = reading;
  return {
    ...emptyReport(file),
    ok: problems.total === 0,
    export: header ? { version: header.version, exportedAt: header.exportedAt, head: header.head } : null,
    key: header ? { keyId: header.platformKey.keyId, status: reading.keyStatus } : null,
    events: { checked: reading.events, full: chain.full, linkOnly: chain.linkOnly },
    checkpoints: { total: reading.checkpoints, verified: reading.verifiedCheckpoints, signedThrough: reading.signedThrough === undefined ? null : String(reading.signedThrough) },
    firstProblem: problems.kept[0] ?? null,
    problemCount: problems.total,
    problems: [...problems.kept],
    warnings: reading.warnings(),
  };
}

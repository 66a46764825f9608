// The chain check: each full event's content against its hash, every event's sequence and link to
// the one before, the last event against the recorded head, and signed checkpoints against the
// events they name. Each problem is judged locally, so one bad line yields one problem, not a
// cascade down the rest of the file.
import { eventHash, GENESIS_HASH } from './canonical.ts';
import type { ChainHead, EventLine } from './export-format.ts';
import type { Problem, ProblemLog } from './report.ts';

/** Sequence numbers skipped by a jump forward; events found later in the file inside it were reordered. */
interface Gap {
  from: bigint;
  to: bigint;
  problem: Problem;
  /** Where the jump happened: the event that came too early. */
  jumpSeq: bigint;
  jumpLine: number;
}

/** Enough to classify any honest reordering; a file with more jumps than this is corrupt anyway. */
const MAX_GAPS = 10_000;

const range = (from: bigint, to: bigint) => (from === to ? `event #${from} is` : `events #${from} to #${to} are`);

export class ChainCheck {
  #expected = 1n;
  #runningHash = GENESIS_HASH;
  #full = 0;
  #linkOnly = 0;
  readonly #gaps: Gap[] = [];
  /** Hashes kept only for the events a checkpoint will name, so memory does not grow with the file. */
  readonly #watched: ReadonlySet<string>;
  readonly #watchedHashes = new Map<string, string>();

  constructor(private readonly problems: ProblemLog, checkpointSeqs: ReadonlySet<string> = new Set()) {
    this.#watched = checkpointSeqs;
  }

  get full(): number {
    return this.#full;
  }

  get linkOnly(): number {
    return this.#linkOnly;
  }

  /** The last event read in order. */
  get lastSeq(): bigint {
    return this.#expected - 1n;
  }

  push(event: EventLine, line: number): void {
    if (event.redacted) {
      this.#linkOnly++;
    } else {
      this.#full++;
      if (eventHash(event.prevHash, event) !== event.hash) {
        this.#add('altered', event.seq, line, 'its fields no longer match its hash: its content was changed after it was recorded');
      }
    }
    const seq = BigInt(event.seq);
    if (seq < this.#expected) {
      this.#outOfPlace(seq, line);
    } else {
      if (seq > this.#expected) this.#jump(seq, line);
      else if (event.prevHash !== this.#runningHash) {
        this.#add('link-broken', event.seq, line, `it does not follow event #${seq - 1n}: its prevHash is not that event's hash (an event was replaced, inserted or removed here)`);
      }
      this.#runningHash = event.hash;
      this.#expected = seq + 1n;
    }
    if (this.#watched.has(event.seq) && !this.#watchedHashes.has(event.seq)) this.#watchedHashes.set(event.seq, event.hash);
  }

  /** After the last event: it must be the head the header recorded. */
  finish(head: ChainHead): void {
    const last = this.lastSeq;
    const headSeq = BigInt(head.seq);
    if (headSeq > last) {
      this.#add('missing', String(last + 1n), null, `the export ends at event #${last} but the chain head in the header is #${headSeq}: ${range(last + 1n, headSeq)} absent (the file was cut short)`);
    } else if (headSeq < last) {
      this.#add('beyond-head', String(headSeq + 1n), null, `the chain head in the header is #${headSeq}, yet the file goes on to event #${last}: events were added to the file`);
    } else if (head.hash !== this.#runningHash) {
      this.#add('head-mismatch', String(last), null, 'its hash is not the chain head recorded in the header');
    }
  }

  /** A signed checkpoint names an event and its hash; that event must be in the file with that hash. Returns whether it matched. */
  matchCheckpoint(seq: string, hash: string, line: number): boolean {
    const recorded = this.#watchedHashes.get(seq);
    if (recorded === undefined) {
      const s = BigInt(seq);
      if (s > this.lastSeq) {
        this.#add('missing', seq, line, `the checkpoint on line ${line} signs it, but the export does not contain it: events were removed from the end`);
      } else if (!this.#gaps.some((g) => g.from <= s && s <= g.to)) {
        this.#add('checkpoint-mismatch', seq, line, 'the checkpoint could not be compared with its event: the file changed while it was being read');
      }
      return false;
    }
    if (recorded !== hash) {
      this.#add('checkpoint-mismatch', seq, line, `it does not match the checkpoint signed on line ${line}: the trail was rewritten up to here`);
      return false;
    }
    return true;
  }

  #jump(seq: bigint, line: number): void {
    const from = this.#expected;
    const to = seq - 1n;
    const problem = this.#add('missing', String(from), line, `${from === to ? '' : `${range(from, to)} absent: `}the trail jumps from #${from - 1n} to #${seq} on line ${line}`);
    this.#gaps.push({ from, to, problem, jumpSeq: seq, jumpLine: line });
    if (this.#gaps.length > MAX_GAPS) this.#gaps.shift();
  }

  /** A number already passed: either it fills a gap left earlier (reordered) or it was seen (duplicated). */
  #outOfPlace(seq: bigint, line: number): void {
    const gap = this.#gaps.find((g) => g.from <= seq && seq <= g.to);
    if (!gap) {
      this.#add('duplicate', String(seq), line, `it appears a second time, on line ${line}: one of the two was inserted`);
      return;
    }
    if (gap.problem.kind === 'reordered') return;
    gap.problem.kind = 'reordered';
    gap.problem.message = `events are out of order: event #${gap.jumpSeq} (line ${gap.jumpLine}) comes before event #${seq} (line ${line})`;
  }

  #add(kind: Problem['kind'], seq: string, line: number | null, message: string): Problem {
    const problem: Problem = { kind, seq, line, message };
    this.problems.add(problem);
    return problem;
  }
}

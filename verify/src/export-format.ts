// The lines of an audit export (format version 1, README.md), checked field by field: a line with a
// missing, extra or mistyped field is refused with its line number before anything is hashed.
import type { HashedFields } from './canonical.ts';

export const EXPORT_FORMAT = 'corelab-audit-export';
export const EXPORT_VERSION = 1;

/** The file cannot be read as an export; `line` is null when no single line is to blame. */
export class FormatError extends Error {
  constructor(readonly line: number | null, message: string) {
    super(line === null ? message : `line ${line}: ${message}`);
    this.name = 'FormatError';
  }
}

export interface ChainHead {
  seq: string;
  hash: string;
}

export interface HeaderLine {
  type: 'header';
  format: string;
  version: number;
  exportedAt: string;
  platformKey: { keyId: string; publicKeyPem: string };
  head: ChainHead;
}

export interface FullEventLine extends HashedFields {
  type: 'event';
  redacted: false;
  prevHash: string;
  hash: string;
}

export interface RedactedEventLine {
  type: 'event';
  redacted: true;
  seq: string;
  prevHash: string;
  hash: string;
}

export type EventLine = FullEventLine | RedactedEventLine;

export interface CheckpointLine {
  type: 'checkpoint';
  seq: string;
  hash: string;
  signedAt: string;
  keyId: string;
  signature: string;
}

export interface EndLine {
  type: 'end';
  events: number;
  checkpoints: number;
}

export type ExportLine = HeaderLine | EventLine | CheckpointLine | EndLine;

const SEQ = /^[1-9][0-9]{0,18}$/;
const HEAD_SEQ = /^(0|[1-9][0-9]{0,18})$/;
const HASH = /^[0-9a-f]{64}$/;
const INSTANT = /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}Z$/;
const KEY_ID = /^ed25519:[0-9a-f]{16}$/;
const ED25519_SIGNATURE_BASE64 = /^[A-Za-z0-9+/]{86}==$/;

type Check = (value: unknown) => boolean;
const isString: Check = (v) => typeof v === 'string';
const isStringOrNull: Check = (v) => v === null || typeof v === 'string';
const matches = (pattern: RegExp): Check => (v) => typeof v === 'string' && pattern.test(v);
const isCount: Check = (v) => Number.isSafeInteger(v) && (v as number) >= 0;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const DESCRIBED = new Map<Check, string>([
  [isString, 'a string'],
  [isStringOrNull, 'a string or null'],
  [isCount, 'a non-negative integer'],
]);

/** Exactly these fields, each passing its check. */
function expectFields(value: Record<string, unknown>, fields: Record<string, Check>, line: number, what: string): void {
  for (const key of Object.keys(value)) {
    if (!(key in fields)) throw new FormatError(line, `${what} has an unexpected field "${key}"`);
  }
  for (const [key, check] of Object.entries(fields)) {
    if (!(key in value)) throw new FormatError(line, `${what} lacks the field "${key}"`);
    if (!check(value[key])) throw new FormatError(line, `${what} has an invalid "${key}"${DESCRIBED.has(check) ? ` (expected ${DESCRIBED.get(check)})` : ''}`);
  }
}

const HEADER_FIELDS: Record<string, Check> = {
  type: isString,
  format: isString,
  version: isCount,
  exportedAt: matches(INSTANT),
  platformKey: (v) => isObject(v) && Object.keys(v).length === 2 && matches(KEY_ID)(v.keyId) && isString(v.publicKeyPem),
  head: (v) => isObject(v) && Object.keys(v).length === 2 && matches(HEAD_SEQ)(v.seq) && matches(HASH)(v.hash),
};

const FULL_EVENT_FIELDS: Record<string, Check> = {
  type: isString,
  seq: matches(SEQ),
  occurredAtMs: isCount,
  actorUserId: isStringOrNull,
  actorRole: isStringOrNull,
  organisationId: isStringOrNull,
  projectId: isStringOrNull,
  action: isString,
  targetType: isString,
  targetId: isStringOrNull,
  reason: isStringOrNull,
  beforeDigest: isStringOrNull,
  afterDigest: isStringOrNull,
  details: isString,
  requestId: isStringOrNull,
  prevHash: matches(HASH),
  hash: matches(HASH),
};

const REDACTED_EVENT_FIELDS: Record<string, Check> = {
  type: isString,
  seq: matches(SEQ),
  prevHash: matches(HASH),
  hash: matches(HASH),
  redacted: (v) => v === true,
};

const CHECKPOINT_FIELDS: Record<string, Check> = {
  type: isString,
  seq: matches(SEQ),
  hash: matches(HASH),
  signedAt: matches(INSTANT),
  keyId: matches(KEY_ID),
  signature: matches(ED25519_SIGNATURE_BASE64),
};

const END_FIELDS: Record<string, Check> = { type: isString, events: isCount, checkpoints: isCount };

function parseHeader(value: Record<string, unknown>, line: number): HeaderLine {
  // The format and version first: a newer version may have other fields.
  if (value.format !== EXPORT_FORMAT) throw new FormatError(line, `this is not a Corelab audit export (format ${JSON.stringify(value.format ?? null)}, expected "${EXPORT_FORMAT}")`);
  if (value.version !== EXPORT_VERSION) {
    throw new FormatError(line, `format version ${JSON.stringify(value.version ?? null)} is not supported: this verifier reads version ${EXPORT_VERSION}; use a newer corelab-verify`);
  }
  expectFields(value, HEADER_FIELDS, line, 'the header');
  return value as unknown as HeaderLine;
}

/** Parses and checks one line of text (without its line feed). */
export function parseLine(text: string, line: number): ExportLine {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new FormatError(line, `not valid JSON (${(error as Error).message})`);
  }
  if (!isObject(value)) throw new FormatError(line, 'not a JSON object');
  switch (value.type) {
    case 'header':
      return parseHeader(value, line);
    case 'event':
      if (value.redacted === true) {
        expectFields(value, REDACTED_EVENT_FIELDS, line, 'the redacted event');
        return value as unknown as RedactedEventLine;
      }
      expectFields(value, FULL_EVENT_FIELDS, line, 'the event');
      return { ...(value as unknown as Omit<FullEventLine, 'redacted'>), redacted: false };
    case 'checkpoint':
      expectFields(value, CHECKPOINT_FIELDS, line, 'the checkpoint');
      return value as unknown as CheckpointLine;
    case 'end':
      expectFields(value, END_FIELDS, line, 'the end line');
      return value as unknown as EndLine;
    default:
      throw new FormatError(line, `unknown line type ${JSON.stringify(value.type ?? null)} (expected header, event, checkpoint or end)`);
  }
}

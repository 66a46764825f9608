#!/usr/bin/env node
// The command line: `corelab-verify <command> [options]`, one command per kind of export, the exit
// codes of README.md. Other commands (sealed dataset exports) join the COMMANDS table.
import fs from 'node:fs';
import { verifyAuditExport } from './audit-verify.ts';
import { progressBar } from './progress.ts';
import { renderJson, renderText } from './report.ts';
import { KeyError, parseExpectedKey, type ExpectedKey } from './signatures.ts';

const EXIT = { verified: 0, notVerified: 1, usage: 2, unreadable: 3 } as const;

class UsageError extends Error {}

const EXIT_CODES = `Exit codes:
  0  everything holds
  1  the export does not verify (the report names the first bad event)
  2  wrong usage (unknown option, missing or unreadable file or key)
  3  the file cannot be read as an export (not JSON, truncated, unknown format version)`;

const MAIN_HELP = `corelab-verify — check a Corelab export on your own machine, trusting no server

Usage:
  corelab-verify <command> [options]
  corelab-verify <command> --help

Commands:
  audit   verify an audit-trail export (GET /api/audit/export.jsonl)

Options:
  --help, -h   show this help
  --version    show the verifier's version

${EXIT_CODES}
`;

const AUDIT_HELP = `Usage: corelab-verify audit <file> [--public-key <pem-file>] [--json] [--no-progress]

Verifies an audit-trail export: the content hash of every event exported in full, the sequence and
hash link of every event (redacted ones included), the chain head, and the Ed25519 signature of
every signed checkpoint. Names the first bad event and what is wrong with it.

Options:
  --public-key <pem-file>  the platform's public key (GET /api/audit/public-key), obtained apart
                           from the export; the export is refused if it was signed with another key
  --json                   print the report as JSON on stdout
  --no-progress            no progress bar (one is drawn on stderr for large files on a terminal)
  --help, -h               show this help

${EXIT_CODES}
`;

interface Parsed {
  positionals: string[];
  values: Map<string, string>;
  flags: Set<string>;
}

/** `--name value`, `--name=value` and `--flag`; anything else starting with "-" is refused. */
function parseOptions(args: string[], valued: readonly string[], flags: readonly string[]): Parsed {
  const parsed: Parsed = { positionals: [], values: new Map(), flags: new Set() };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      parsed.positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      parsed.positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (valued.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined || value === '') throw new UsageError(`${name} needs a value`);
      parsed.values.set(name, value);
    } else if (flags.includes(name) && inline === undefined) {
      parsed.flags.add(name);
    } else {
      throw new UsageError(`unknown option ${name}`);
    }
  }
  return parsed;
}

function readFileFor(option: string, file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read the ${option} file ${file}: ${(error as Error).message}`);
  }
}

async function audit(args: string[]): Promise<number> {
  const { positionals, values, flags } = parseOptions(args, ['--public-key'], ['--json', '--no-progress']);
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'audit needs the export file' : 'audit takes one export file');
  const file = positionals[0]!;
  let size: number;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) throw new Error('not a regular file');
    size = stat.size;
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
  const keyFile = values.get('--public-key');
  let expectedKey: ExpectedKey | undefined;
  if (keyFile !== undefined) {
    expectedKey = { pem: readFileFor('--public-key', keyFile), source: keyFile };
    try {
      parseExpectedKey(expectedKey);
    } catch (error) {
      if (error instanceof KeyError) throw new UsageError(error.message);
      throw error;
    }
  }
  const progress = flags.has('--no-progress') ? undefined : progressBar(size);
  const report = await verifyAuditExport(file, { expectedKey, onProgress: progress && ((bytes, events) => progress.update(bytes, events)) });
  progress?.done();
  process.stdout.write(flags.has('--json') ? renderJson(report) : renderText(report));
  if (report.error) return EXIT.unreadable;
  return report.ok ? EXIT.verified : EXIT.notVerified;
}

const COMMANDS: Record<string, { help: string; run: (args: string[]) => Promise<number> }> = {
  audit: { help: AUDIT_HELP, run: audit },
};

function version(): string {
  const pkg = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    process.stderr.write(MAIN_HELP);
    return EXIT.usage;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(MAIN_HELP);
    return EXIT.verified;
  }
  if (name === '--version') {
    process.stdout.write(`${version()}\n`);
    return EXIT.verified;
  }
  const command = COMMANDS[name];
  if (!command) throw new UsageError(`unknown command ${JSON.stringify(name)} (commands: ${Object.keys(COMMANDS).join(', ')})`);
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(command.help);
    return EXIT.verified;
  }
  return command.run(rest);
}

// process.exitCode rather than process.exit(): the report must reach a pipe in full.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`corelab-verify: ${error.message}\nRun "corelab-verify --help" for usage.\n`);
      process.exitCode = EXIT.usage;
    } else {
      process.stderr.write(`corelab-verify: cannot verify: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = EXIT.unreadable;
    }
  },
);

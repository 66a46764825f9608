// A small phantom cohort for the peer tests, de-identified with the deid engine as a centre would
// before sending (subject code, centre key), grouped by series.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { deidentify } from '../../deid/src/index.ts';
import { generatePhantom } from '../../cli/src/phantom/generate.ts';

export const CENTRE_KEY = createHash('sha256').update('corelab peer tests: centre key').digest();

export interface PeerInstance {
  /** The phantom's file, with its fake PHI. */
  source: string;
  series: string;
  bytes: Buffer;
}

/** Writes a one-subject phantom under dir and returns its instances de-identified for subjectCode. */
export async function deidentifiedPhantom(dir: string, subjectCode: string): Promise<PeerInstance[]> {
  const out = path.join(dir, 'phantom');
  await generatePhantom({ subjects: 1, seed: 'peers', out, defects: 'none' });
  const files = (fs.readdirSync(out, { recursive: true }) as string[]).filter((f) => f.endsWith('.dcm')).sort();
  return files.map((f) => {
    const source = path.join(out, f);
    const result = deidentify(fs.readFileSync(source), { subjectCode, key: CENTRE_KEY });
    if (result.status !== 'deidentified') throw new Error(`${f} was not de-identified: ${result.status}`);
    return { source, series: path.dirname(f), bytes: Buffer.from(result.output) };
  });
}

export function bySeries(instances: PeerInstance[]): Map<string, PeerInstance[]> {
  const map = new Map<string, PeerInstance[]>();
  for (const i of instances) map.set(i.series, [...(map.get(i.series) ?? []), i]);
  return map;
}

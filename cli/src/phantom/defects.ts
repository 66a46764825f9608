// Deliberate protocol and quality defects, for the conformance checks and the QC reviewers to find.
// About one exam in five is flawed; with few exams, each kind still appears once before any repeats.
import type { Random } from './random.ts';

export const DEFECT_KINDS = ['missing-slices', 'wrong-slice-thickness', 'too-few-phases', 'burned-in-annotation'] as const;
export type DefectKind = (typeof DEFECT_KINDS)[number];
export type DefectPolicy = 'some' | 'none';

export const DEFECT_DETAILS: Record<DefectKind, string> = {
  'missing-slices': 'two adjacent mid-ventricular slices of the short-axis cine stack are absent (a gap in ImagePositionPatient)',
  'wrong-slice-thickness': 'the short-axis cine stack has SliceThickness 10 mm instead of 8 mm',
  'too-few-phases': 'the short-axis cine stack has 12 cardiac phases instead of 25 (CardiacNumberOfImages 12)',
  'burned-in-annotation': 'the 4-chamber cine has patient identity burned into the pixels (BurnedInAnnotation YES)',
};

/** The defect of each exam (by index in generation order), or none. */
export function chooseDefects(random: Random, examCount: number, policy: DefectPolicy): Array<DefectKind | null> {
  const out: Array<DefectKind | null> = new Array(examCount).fill(null);
  if (policy === 'none' || examCount < 2) return out;
  const flawed = Math.max(Math.round(examCount / 5), Math.min(DEFECT_KINDS.length, Math.floor(examCount / 2)));
  const kinds = random.shuffle(DEFECT_KINDS);
  random.shuffle([...out.keys()]).slice(0, flawed).sort((a, b) => a - b).forEach((exam, i) => {
    out[exam] = kinds[i % kinds.length]!;
  });
  return out;
}

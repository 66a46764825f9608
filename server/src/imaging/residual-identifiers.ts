// The server's second line of defence: an instance that still carries identifying data is refused,
// naming the attribute. The check belongs to the de-identification engine (deid/), so that the
// server and the sources apply the same PS3.15 table; this is the one place imaging calls it.
import { findResidualIdentifiers } from '../../../deid/src/residual-check.ts';
import type { DicomJson } from './dicom-reader.ts';

export interface ResidualIdentifier {
  /** DICOM keyword of the offending attribute, with its tag or path into sequences. */
  attribute: string;
  reason: string;
}

export interface ResidualContext {
  /** The subject the instance names, already checked to belong to the sending centre. */
  subjectCode: string;
}

export function residualIdentifiers(dataset: DicomJson, context: ResidualContext): ResidualIdentifier[] {
  return findResidualIdentifiers(dataset, { subjectCodes: new Set([context.subjectCode]) }).map((f) => ({ attribute: `${f.keyword} ${f.tag}`, reason: `${f.keyword} ${f.tag} ${f.reason}` }));
}

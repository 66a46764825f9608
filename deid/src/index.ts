// De-identification at the source: one engine for the browser, the CLI and the server's second line of defence.
export { deidentify, burnedInAnnotationRisk, deidentificationCodes, BURNED_IN_TEXT_MODALITIES, MAX_SEQUENCE_DEPTH, SUBJECT_CODE_PATTERN } from './deidentify.ts';
export type { DeidentifyOptions, DeidentifyResult, DeidReport, AppliedAction, BurnedInAnnotationAttributes } from './deidentify.ts';
export { findResidualIdentifiers, MAX_CHECK_DEPTH } from './residual-check.ts';
export type { ResidualFinding, ResidualCheckContext, DicomJsonDataset, DicomJsonElement } from './residual-check.ts';
export { buildActionTable, CORELAB_PROFILE, resolveCompound, effectiveActionOf, IOD_TYPE_FOR_COMPOUND } from './action-table.ts';
export type { Action, ActionTable, ActionEntry, ProfileOptions } from './action-table.ts';
export { DeidError } from './errors.ts';
export type { DeidErrorCode } from './errors.ts';
export { remapUid, dateShiftDays } from './keyed.ts';
export { readPart10, ENCAPSULATED_TRANSFER_SYNTAXES } from './part10.ts';
export type { Part10 } from './part10.ts';
export type { DicomElement } from './dataset-reader.ts';
export { codecFor } from './text.ts';
export { PS315_SOURCE, PS315_SNAPSHOT_DATE, PS315_ATTRIBUTES } from './ps315-table.ts';

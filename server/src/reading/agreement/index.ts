// Agreement statistics between readers (or methods): pure functions, no I/O, shared by the reading
// API and the `corelab agreement` command.
export { blandAltman, type BlandAltman } from './bland-altman.ts';
export { AgreementInputError, type AgreementErrorCode } from './errors.ts';
export { intraclassCorrelation, type IccEstimate, type IccForm, type IccResult } from './icc.ts';
export { MAX_CATEGORIES, MAX_READERS, MAX_TARGETS } from './inputs.ts';
export { cohensKappa, type Kappa, type KappaOptions, type KappaWeights } from './kappa.ts';

// A pseudonymous subject code: what the centre writes as PatientID and PatientName of its imaging.
export const SUBJECT_CODE_PATTERN = '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$';
export const SUBJECT_CODE = new RegExp(SUBJECT_CODE_PATTERN);

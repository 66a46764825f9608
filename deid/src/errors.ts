export type DeidErrorCode =
  | 'not-dicom'
  | 'unreadable-dicom'
  | 'unwritable-dicom'
  | 'unsupported-transfer-syntax'
  | 'unsupported-pixel-encapsulation'
  | 'sequence-too-deep'
  | 'missing-attribute'
  | 'invalid-subject-code'
  | 'invalid-key'
  | 'unsupported-option';

/** A file or a request the engine refuses: a stable code and a sentence that names what is wrong (never a PHI value). */
export class DeidError extends Error {
  constructor(readonly code: DeidErrorCode, message: string) {
    super(message);
    this.name = 'DeidError';
  }
}

// Refusals of the export, as domain errors with stable codes (problem+json through the common mapper).
import { DomainError, type ErrorKind } from '../../platform/domain-error.ts';

export type ExportErrorCode =
  | 'reading-export.source-image-missing'
  | 'reading-export.source-image-geometry'
  | 'reading-export.multiframe-source'
  | 'reading-export.contour-outside-image'
  | 'reading-export.read-not-found'
  | 'reading-export.read-not-submitted'
  | 'reading-export.not-exported';

const KIND: Record<ExportErrorCode, ErrorKind> = {
  'reading-export.source-image-missing': 'invalid',
  'reading-export.source-image-geometry': 'invalid',
  'reading-export.multiframe-source': 'invalid',
  'reading-export.contour-outside-image': 'invalid',
  'reading-export.read-not-found': 'not-found',
  'reading-export.read-not-submitted': 'conflict',
  'reading-export.not-exported': 'not-found',
};

export class ReadingExportError extends DomainError {
  constructor(override readonly code: ExportErrorCode, message: string) {
    super(KIND[code], code, message);
    this.name = 'ReadingExportError';
  }
}

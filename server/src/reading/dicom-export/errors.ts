// Refusals of the export, with stable codes (mapped to problem+json by the routes).
export type ExportErrorCode =
  | 'reading-export.source-image-missing'
  | 'reading-export.source-image-geometry'
  | 'reading-export.multiframe-source'
  | 'reading-export.contour-outside-image'
  | 'reading-export.read-not-found'
  | 'reading-export.read-not-submitted'
  | 'reading-export.export-not-found';

export class ReadingExportError extends Error {
  constructor(readonly code: ExportErrorCode, message: string) {
    super(message);
    this.name = 'ReadingExportError';
  }
}

// A submitted read as DICOM: the TID 1500 measurement report and the contours' segmentation.
// The submit calls `services.readingExport.exportSubmittedRead(trx, ctx, readId)` in its transaction.
export { ReadingExportService, type ExportedObject, type ExportKind } from './export-service.ts';
export { ReadingExportError, type ExportErrorCode } from './errors.ts';
export { buildMeasurementReport } from './measurement-report.ts';
export { buildSegmentation } from './segmentation.ts';
export { readingExportRoutes } from './export-routes.ts';
export type { ReadExportInput } from './export-input.ts';

// The reading workstation's viewer, for the reading pages (web/src/reading): the component, the
// annotation shapes it reads and writes, and its keyboard shortcuts for the help panel.
export { ReadingViewer, type ReadingViewerProps } from './ReadingViewer';
export type { Contour, Measurement, Phase, ReadAnnotations, Structure } from './contract';
export { VIEWER_SHORTCUTS } from './shortcuts';

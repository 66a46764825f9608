// The viewer's keyboard shortcuts (while the viewer has the focus): the help panel lists them, the
// viewer's key handler reads them.
import type { ToolKey } from './session';

export type ViewerAction =
  | 'previousSlice'
  | 'nextSlice'
  | 'previousPhase'
  | 'nextPhase'
  | 'cine'
  | 'reset'
  | 'layout'
  | `tool.${ToolKey}`;

/** Keys as KeyboardEvent.key, lower-cased for letters. */
export const VIEWER_KEYS: ReadonlyArray<{ key: string; action: ViewerAction; layout?: '1x1' | '1x2' | '2x2' }> = [
  { key: 'ArrowUp', action: 'previousSlice' },
  { key: 'ArrowDown', action: 'nextSlice' },
  { key: 'ArrowLeft', action: 'previousPhase' },
  { key: 'ArrowRight', action: 'nextPhase' },
  { key: ' ', action: 'cine' },
  { key: '0', action: 'reset' },
  { key: '1', action: 'layout', layout: '1x1' },
  { key: '2', action: 'layout', layout: '1x2' },
  { key: '4', action: 'layout', layout: '2x2' },
  { key: 'w', action: 'tool.windowLevel' },
  { key: 'p', action: 'tool.pan' },
  { key: 'z', action: 'tool.zoom' },
  { key: 'l', action: 'tool.length' },
  { key: 'i', action: 'tool.probe' },
  { key: 'r', action: 'tool.rectangle' },
  { key: 'e', action: 'tool.ellipse' },
  { key: 'f', action: 'tool.freehand' },
  { key: 's', action: 'tool.spline' },
  { key: 'g', action: 'tool.suggest' },
];

/**
 * For the workstation's help panel: the keys as shown, and the i18n key of what they do
 * (`workstation.shortcuts.<action>`). The mouse: wheel = slices, middle button = pan, right button = zoom.
 */
export const VIEWER_SHORTCUTS: ReadonlyArray<{ keys: string; action: string }> = [
  { keys: '↑ / ↓, wheel', action: 'slices' },
  { keys: '← / →', action: 'phases' },
  { keys: 'Space', action: 'cine' },
  { keys: '0', action: 'reset' },
  { keys: '1 / 2 / 4', action: 'layout' },
  { keys: 'W / P / Z', action: 'navigationTools' },
  { keys: 'L / I / R / E', action: 'measurementTools' },
  { keys: 'F / S / G', action: 'contourTools' },
  { keys: 'middle / right button', action: 'mouse' },
];

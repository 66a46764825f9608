// The workstation's keyboard shortcuts (the form's and the contour target's; the viewer lists its own
// beside them) and the panel that lists them.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { VIEWER_SHORTCUTS } from '../workstation/shortcuts.ts';

interface Handlers {
  save(): void;
  submit(): void;
  help(): void;
  structure(index: number): void;
  phase(index: number): void;
  enabled: boolean;
}

/** Keys typed into a text box belong to it, except the chords with Ctrl or Alt. */
const typing = (target: EventTarget | null): boolean => target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export const WORKSTATION_SHORTCUTS = [
  { keys: 'Ctrl+S', action: 'save' },
  { keys: 'Ctrl+Enter', action: 'submit' },
  { keys: 'Alt+1 / Alt+2 / Alt+3', action: 'structure' },
  { keys: 'Alt+D / Alt+S', action: 'phase' },
  { keys: '?', action: 'help' },
] as const;

export function useWorkstationShortcuts(handlers: Handlers): void {
  const current = useRef(handlers);
  current.current = handlers;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const h = current.current;
      const ctrl = event.ctrlKey || event.metaKey;
      if (ctrl && event.key.toLowerCase() === 's') {
        event.preventDefault();
        if (h.enabled) h.save();
      } else if (ctrl && event.key === 'Enter') {
        event.preventDefault();
        if (h.enabled) h.submit();
      } else if (event.altKey && !ctrl && /^Digit[1-3]$/.test(event.code)) {
        event.preventDefault();
        if (h.enabled) h.structure(Number(event.code.slice(5)) - 1);
      } else if (event.altKey && !ctrl && (event.code === 'KeyD' || event.code === 'KeyS')) {
        event.preventDefault();
        if (h.enabled) h.phase(event.code === 'KeyD' ? 0 : 1);
      } else if (event.key === '?' && !typing(event.target)) {
        event.preventDefault();
        h.help();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

export function ShortcutsHelp({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  return (
    <aside className="panel shortcuts-help" aria-labelledby="shortcuts-heading" data-testid="shortcuts-help">
      <div className="section-header">
        <h2 id="shortcuts-heading">{t('reading.shortcuts.title')}</h2>
        <button type="button" className="secondary small" onClick={onClose}>{t('reading.shortcuts.close')}</button>
      </div>
      <table>
        <tbody>
          {WORKSTATION_SHORTCUTS.map((s) => (
            <tr key={s.keys}>
              <td><kbd>{s.keys}</kbd></td>
              <td>{t(`reading.shortcuts.${s.action}`)}</td>
            </tr>
          ))}
          {VIEWER_SHORTCUTS.map((s) => (
            <tr key={s.keys} data-viewer-shortcut="">
              <td><kbd>{s.keys}</kbd></td>
              <td>{t(`workstation.shortcuts.${s.action}` as 'workstation.shortcuts.slices')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </aside>
  );
}

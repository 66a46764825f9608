// Draft saving for the workstation: every change is saved after a pause in typing or drawing
// (debounced), or at once on request; saves never overlap, and the indicator says whether what is on
// screen is what the server holds.
import { useCallback, useEffect, useRef, useState } from 'react';

export type SaveState = { status: 'saved'; at: string | null } | { status: 'unsaved' } | { status: 'saving' } | { status: 'failed'; error: unknown };

export const AUTOSAVE_DELAY_MS = 1500;

export function useDraftSaving(save: () => Promise<string>, changes: number, enabled: boolean, initialSavedAt: string | null) {
  const [state, setState] = useState<SaveState>({ status: 'saved', at: initialSavedAt });
  const saving = useRef<Promise<void>>(Promise.resolve());
  const latest = useRef({ save, changes });
  latest.current = { save, changes };
  const savedChanges = useRef(changes);

  const saveNow = useCallback((): Promise<void> => {
    // Chained so that two saves never cross; each sends the state current when it starts.
    saving.current = saving.current.then(async () => {
      const upTo = latest.current.changes;
      if (upTo === savedChanges.current) return;
      setState({ status: 'saving' });
      try {
        const at = await latest.current.save();
        savedChanges.current = upTo;
        setState(latest.current.changes === upTo ? { status: 'saved', at } : { status: 'unsaved' });
      } catch (error) {
        setState({ status: 'failed', error });
      }
    });
    return saving.current;
  }, []);

  useEffect(() => {
    if (!enabled || changes === savedChanges.current) return;
    setState((s) => (s.status === 'saving' ? s : { status: 'unsaved' }));
    const timer = window.setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [changes, enabled, saveNow]);

  /** Waits for any save under way; used before submitting and releasing. */
  const settle = useCallback(() => saving.current, []);
  return { state, saveNow, settle, pending: changes !== savedChanges.current };
}

// The centre's local key file on the user's machine: read through a file input, written back with
// the File System Access API where the browser has it, else offered as a download. Never uploaded.
import { checkCentreKeys, type CentreKeys } from '../../../cli/src/upload/centre-keys.ts';

export async function readKeyFile(file: File, projectId: string, centreId: string): Promise<CentreKeys> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await file.text());
  } catch {
    parsed = null;
  }
  return checkCentreKeys(parsed, projectId, centreId);
}

export const keyFileName = (keys: CentreKeys) => `corelab-keys-${keys.projectId.slice(0, 8)}-${keys.centreId.slice(0, 8)}.json`;

interface SavePicker {
  showSaveFilePicker?: (options: { suggestedName: string; types: Array<{ description: string; accept: Record<string, string[]> }> }) => Promise<{
    createWritable(): Promise<{ write(data: Blob): Promise<void>; close(): Promise<void> }>;
  }>;
}

/** Saves the key file; false when the person cancelled the save dialog. */
export async function saveKeyFile(keys: CentreKeys, description: string): Promise<boolean> {
  const blob = new Blob([JSON.stringify(keys, null, 2)], { type: 'application/json' });
  const picker = (window as unknown as SavePicker).showSaveFilePicker;
  if (picker) {
    try {
      const handle = await picker({ suggestedName: keyFileName(keys), types: [{ description, accept: { 'application/json': ['.json'] } }] });
      const writable = await handle.createWritable();
      await writable.write(blob);
      await writable.close();
      return true;
    } catch (error) {
      if ((error as Error).name === 'AbortError') return false;
      throw error;
    }
  }
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = keyFileName(keys);
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  return true;
}

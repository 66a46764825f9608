// The files a person gives the page: picked (a folder or single files) or dropped (a folder is
// walked through DataTransferItem.webkitGetAsEntry). Only names and sizes are shown.

export interface SourceFile {
  /** Path inside the dropped or picked folder, for display only. */
  name: string;
  file: File;
}

export function fromFileList(list: FileList | null): SourceFile[] {
  return Array.from(list ?? [], (file) => ({ name: file.webkitRelativePath || file.name, file })).filter((f) => !hidden(f.name));
}

export async function fromDrop(items: DataTransferItemList): Promise<SourceFile[]> {
  const entries = Array.from(items, (item) => item.webkitGetAsEntry()).filter((e): e is FileSystemEntry => e !== null);
  const files: SourceFile[] = [];
  for (const entry of entries) await walk(entry, files);
  return files.filter((f) => !hidden(f.name));
}

const hidden = (name: string) => name.split('/').some((part) => part.startsWith('.'));

async function walk(entry: FileSystemEntry, into: SourceFile[]): Promise<void> {
  const name = entry.fullPath.replace(/^\//, '');
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    into.push({ name, file });
    return;
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries answers in chunks until it answers an empty list.
  for (;;) {
    const chunk = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (chunk.length === 0) return;
    for (const child of chunk) await walk(child, into);
  }
}

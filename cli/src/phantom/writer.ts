// Part 10 files through dcmjs, written asynchronously with a bounded number of writes in flight so
// that pixel synthesis and disk writes overlap without holding the whole phantom in memory.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { EXPLICIT_VR_LITTLE_ENDIAN, IMPLEMENTATION_CLASS_UID, IMPLEMENTATION_VERSION, MR_IMAGE_STORAGE } from './dataset.ts';
import { dcmjs, type DicomJsonDataset, type NaturalDataset } from './dcmjs.ts';

export function encodeInstance(natural: NaturalDataset, privateBlock: DicomJsonDataset, pixels: Uint16Array): Buffer {
  const sopInstanceUID = natural.SOPInstanceUID as string;
  const meta: DicomJsonDataset = {
    '00020001': { vr: 'OB', Value: [new Uint8Array([0, 1]).buffer] },
    '00020002': { vr: 'UI', Value: [MR_IMAGE_STORAGE] },
    '00020003': { vr: 'UI', Value: [sopInstanceUID] },
    '00020010': { vr: 'UI', Value: [EXPLICIT_VR_LITTLE_ENDIAN] },
    '00020012': { vr: 'UI', Value: [IMPLEMENTATION_CLASS_UID] },
    '00020013': { vr: 'SH', Value: [IMPLEMENTATION_VERSION] },
  };
  const dict = new dcmjs.data.DicomDict(meta);
  dict.dict = {
    ...dcmjs.data.DicomMetaDictionary.denaturalizeDataset(natural),
    ...privateBlock,
    '7FE00010': { vr: 'OW', Value: [pixels.buffer.slice(pixels.byteOffset, pixels.byteOffset + pixels.byteLength)] },
  };
  return Buffer.from(dict.write());
}

export class FileQueue {
  private readonly inFlight = new Set<Promise<void>>();
  private readonly madeDirs = new Set<string>();
  bytes = 0;
  files = 0;

  constructor(private readonly limit = 24) {}

  async add(file: string, data: Buffer): Promise<void> {
    const dir = path.dirname(file);
    if (!this.madeDirs.has(dir)) {
      await mkdir(dir, { recursive: true });
      this.madeDirs.add(dir);
    }
    const write = writeFile(file, data).then(() => {
      this.inFlight.delete(write);
      this.bytes += data.length;
      this.files++;
    });
    this.inFlight.add(write);
    if (this.inFlight.size >= this.limit) await Promise.race(this.inFlight);
  }

  async drain(): Promise<void> {
    await Promise.all(this.inFlight);
  }
}

// One de-identification worker of the ingest benchmark (the CLI's path): reads a batch of files,
// de-identifies each with the centre key for its subject code and hands the bytes back.
import fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { deidentify } from '../../deid/src/index.ts';

const key = new Uint8Array(workerData.key as ArrayBuffer);
parentPort!.on('message', (batch: { id: number; files: Array<{ path: string; subjectCode: string }> }) => {
  const outputs: Uint8Array[] = [];
  const refused: string[] = [];
  for (const f of batch.files) {
    const result = deidentify(fs.readFileSync(f.path), { subjectCode: f.subjectCode, key });
    if (result.status === 'deidentified') outputs.push(result.output);
    else refused.push(f.path);
  }
  parentPort!.postMessage({ id: batch.id, outputs, refused }, outputs.map((o) => o.buffer as ArrayBuffer));
});

/// <reference path="../../../deid/src/dcmjs.d.ts" />
// The de-identification engine in a Web Worker, so that the page stays responsive: the same code
// as the CLI and the server's check, so the browser's output is byte for byte the CLI's.
import { DeidError, deidentify } from '../../../deid/src/index.ts';
import { readSourceHeader } from '../../../cli/src/upload/source-header.ts';
import type { WorkerAnswer, WorkerRequest } from './deid-protocol';

const post = (answer: WorkerAnswer, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(answer, transfer);

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  try {
    if (request.kind === 'scan') {
      const header = readSourceHeader(new Uint8Array(request.bytes), request.key);
      post({ id: request.id, kind: 'scanned', patientId: header.patientId, storedSopInstanceUID: header.storedSopInstanceUID });
      return;
    }
    const result = deidentify(new Uint8Array(request.bytes), { subjectCode: request.subjectCode, key: request.key });
    if (result.status === 'quarantined') post({ id: request.id, kind: 'quarantined', reason: result.reason });
    else {
      const output = result.output.slice().buffer;
      post({ id: request.id, kind: 'deidentified', output }, [output]);
    }
  } catch (error) {
    post({ id: request.id, kind: 'failed', code: error instanceof DeidError ? error.code : 'internal', message: error instanceof Error ? error.message : String(error) });
  }
};

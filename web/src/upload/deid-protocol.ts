// Messages between the upload page and its de-identification worker.
export type WorkerRequest =
  | { id: number; kind: 'scan'; bytes: ArrayBuffer; key: Uint8Array }
  | { id: number; kind: 'deidentify'; bytes: ArrayBuffer; key: Uint8Array; subjectCode: string };

export type WorkerAnswer =
  | { id: number; kind: 'scanned'; patientId: string; storedSopInstanceUID: string }
  | { id: number; kind: 'deidentified'; output: ArrayBuffer }
  | { id: number; kind: 'quarantined'; reason: string }
  | { id: number; kind: 'failed'; code: string; message: string };

type Answer<K extends WorkerAnswer['kind']> = Extract<WorkerAnswer, { kind: K }>;

/** One worker, requests answered in turn, each as a promise. */
export class DeidWorker {
  private readonly worker = new Worker(new URL('./deid.worker.ts', import.meta.url), { type: 'module' });
  private readonly waiting = new Map<number, (answer: WorkerAnswer) => void>();
  private next = 1;

  constructor() {
    this.worker.onmessage = (event: MessageEvent<WorkerAnswer>) => {
      this.waiting.get(event.data.id)?.(event.data);
      this.waiting.delete(event.data.id);
    };
  }

  private ask(request: Omit<WorkerRequest, 'id'> & { kind: WorkerRequest['kind'] }): Promise<WorkerAnswer> {
    const id = this.next++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.worker.postMessage({ ...request, id });
    });
  }

  scan(bytes: ArrayBuffer, key: Uint8Array) {
    return this.ask({ kind: 'scan', bytes, key }) as Promise<Answer<'scanned'> | Answer<'failed'>>;
  }

  deidentify(bytes: ArrayBuffer, key: Uint8Array, subjectCode: string) {
    return this.ask({ kind: 'deidentify', bytes, key, subjectCode } as WorkerRequest) as Promise<Answer<'deidentified'> | Answer<'quarantined'> | Answer<'failed'>>;
  }

  terminate(): void {
    this.worker.terminate();
  }
}

// A worker thread of `corelab phantom`: renders one share of the subjects (see renderShare).
import { parentPort, workerData } from 'node:worker_threads';
import { renderShare, type PhantomSettings } from './generate.ts';

const { options, share, shares } = workerData as { options: PhantomSettings; share: number; shares: number };
let pending = 0;
const result = await renderShare(options, share, shares, () => {
  if (++pending === 25) {
    parentPort!.postMessage({ type: 'progress', count: pending });
    pending = 0;
  }
});
parentPort!.postMessage({ type: 'progress', count: pending });
parentPort!.postMessage({ type: 'done', result });

// Worker threads do not inherit the TypeScript loader of the main thread: register it, then load.
import { register } from 'tsx/esm/api';

register();
await import('./deid-worker.ts');

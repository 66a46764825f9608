// Runs the platform: opens the runtime, serves HTTP, signs the audit-chain head at intervals, and
// shuts down gracefully on SIGINT/SIGTERM (in-flight requests finish, a last checkpoint is signed).
import { buildApp, type App } from './app.ts';
import type { Config } from './config.ts';
import { systemContext } from './access/actor.ts';
import { openRuntime, type Runtime } from './platform/runtime.ts';

export interface RunningServer {
  app: App;
  runtime: Runtime;
  url: string;
  stop(): Promise<void>;
}

export async function startServer(config: Config, onRuntime?: (runtime: Runtime) => Promise<void>): Promise<RunningServer> {
  const runtime = await openRuntime(config);
  let app: App | undefined;
  try {
    await onRuntime?.(runtime);
    app = await buildApp({ config, services: runtime.services });
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    await app?.close();
    await runtime.close();
    throw error;
  }
  const { audit } = runtime.services;
  const sign = () => audit.signIfChanged(systemContext()).catch((error) => app!.log.error({ err: { message: (error as Error).message } }, 'checkpoint signature failed'));
  const minutes = config.audit.checkpointIntervalMinutes;
  const timer = minutes > 0 ? setInterval(sign, minutes * 60_000) : undefined;
  timer?.unref();

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      if (timer) clearInterval(timer);
      await app!.close();
      await sign();
      await runtime.close();
    })());
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return { app, runtime, url: `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`, stop };
}

export function stopOnSignals(server: RunningServer): void {
  const handler = (signal: string) => {
    server.app.log.info({ signal }, 'shutting down');
    server.stop().then(
      () => process.exit(0),
      (error) => {
        server.app.log.error({ err: { message: (error as Error).message } }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
}

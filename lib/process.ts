import type { Logger } from './logger.js';

/**
 * A service process's life: start it, stop it once on SIGINT or SIGTERM, and exit with a code that
 * says how it went. A start that fails is logged and exits 1 (no stack trace on the console only).
 */
export async function runService(logger: Logger, start: () => Promise<{ stop(): Promise<void> }>): Promise<void> {
  try {
    const running = await start();
    let stopping = false;
    const shutdown = (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'shutting down');
      running.stop().then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    };
    process.on('SIGINT', shutdown);
    process.on('SIGTERM', shutdown);
  } catch (error) {
    logger.fatal({ err: error }, 'failed to start');
    process.exit(1);
  }
}

import { ConfigError } from './env.js';
import { StartError } from './http.js';
import { straySettings } from './settings.js';
import { startTracing, tracingConfigOf } from './tracing.js';
import { createLogger, type Logger, type LogLevel } from './logger.js';

/**
 * A service process's life: read its config once (a bad value stops it with one clear line), build
 * its one logger from that config, start it, stop it once on SIGINT or SIGTERM, and exit with a code
 * that says how it went. A start that fails is logged and exits 1.
 */
export async function runService<Config extends { readonly logLevel: LogLevel }>(
  service: string,
  loadConfig: () => Config,
  start: (config: Config, logger: Logger) => Promise<{ stop(): Promise<void> }>,
  /** The subgraphs whose `<SUBGRAPH>_…` settings exist, to tell a misspelled setting from them. */
  subgraphNames: (config: Config) => readonly string[] = () => [],
): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${service}: ${error.message}\n`);
    process.exit(2);
  }
  const logger = createLogger(service, config.logLevel);
  const tracing = startTracing(service, tracingConfigOf(process.env));
  for (const { name, meant } of straySettings(process.env, subgraphNames(config))) {
    logger.warn({ variable: name, meant }, `${name} is not a hub setting and is ignored${meant ? `: did you mean ${meant}?` : ''}`);
  }
  try {
    const running = await start(config, logger);
    let stopping = false;
    const shutdown = (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'shutting down');
      running
        .stop()
        .then(() => tracing.shutdown())
        .then(
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
    if (error instanceof StartError) process.stderr.write(`${service}: ${error.message}\n`);
    logger.fatal({ err: error }, 'failed to start');
    process.exit(1);
  }
}

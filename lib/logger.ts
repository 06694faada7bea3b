import { pino, type Logger } from 'pino';

export type { Logger };

/** One JSON logger per process; `LOG_LEVEL` (default `info`) sets its level. */
export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ name: service, level, base: { service } });
}

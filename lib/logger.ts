import { pino, type DestinationStream, type Logger } from 'pino';
import { ConfigError, stringEnv, type Env } from './env.js';
import { currentRequestId } from './request-context.js';

export type { Logger };

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LEVELS)[number];

/** `LOG_LEVEL`, default `info`: read here only, by every process's config. */
export function logLevelEnv(env: Env): LogLevel {
  const level = stringEnv(env, 'LOG_LEVEL', 'info');
  if (!(LEVELS as readonly string[]).includes(level)) throw new ConfigError(`LOG_LEVEL must be one of ${LEVELS.join(', ')}, got "${level}"`);
  return level as LogLevel;
}

/** The one JSON logger of a process, built from its config; a line written while serving a request carries its id. */
export function createLogger(service: string, level: LogLevel, destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    name: service,
    level,
    base: { service },
    mixin: (merge) => {
      const requestId = currentRequestId();
      return requestId && !('requestId' in merge) ? { requestId } : {};
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

import { pino, type Logger } from 'pino';
import { ConfigError, stringEnv, type Env } from './env.js';

export type { Logger };

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LEVELS)[number];

/** `LOG_LEVEL`, default `info`: read here only, by every process's config. */
export function logLevelEnv(env: Env): LogLevel {
  const level = stringEnv(env, 'LOG_LEVEL', 'info');
  if (!(LEVELS as readonly string[]).includes(level)) throw new ConfigError(`LOG_LEVEL must be one of ${LEVELS.join(', ')}, got "${level}"`);
  return level as LogLevel;
}

/** The one JSON logger of a process, built from its config. */
export function createLogger(service: string, level: LogLevel): Logger {
  return pino({ name: service, level, base: { service } });
}

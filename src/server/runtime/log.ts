/**
 * Structured logger: one JSON object per line. Shared by the embedded Apizee API and the gateway.
 * Fields whose name looks like a secret are redacted, so a careless call cannot leak a credential.
 */
export type LogFields = Record<string, unknown>;
export type LogLevel = 'info' | 'warn' | 'error';

export interface Logger {
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

export interface LoggerOptions {
  /** Writes nothing (tests). */
  silent?: boolean;
  /** Lowest level written; default `info`. */
  level?: LogLevel;
  /** Where lines go; default stdout for info, stderr for warn/error. */
  write?: (line: string, level: LogLevel) => void;
}

const LEVEL_RANK: Record<LogLevel, number> = { info: 0, warn: 1, error: 2 };
const SECRET_FIELD = /pass(word)?|token|secret|authorization|cookie|assertion|credential/i;

function redact(value: unknown, depth = 0): unknown {
  if (depth > 4 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack };
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      SECRET_FIELD.test(key) ? '[redacted]' : redact(item, depth + 1),
    ]),
  );
}

function defaultWrite(line: string, level: LogLevel): void {
  (level === 'info' ? process.stdout : process.stderr).write(`${line}\n`);
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const minRank = LEVEL_RANK[options.level ?? 'info'];
  const write = options.write ?? defaultWrite;
  const log =
    (level: LogLevel) =>
    (msg: string, fields: LogFields = {}) => {
      if (options.silent || LEVEL_RANK[level] < minRank) return;
      const entry = { time: new Date().toISOString(), level, msg, ...(redact(fields) as LogFields) };
      write(JSON.stringify(entry), level);
    };
  return { info: log('info'), warn: log('warn'), error: log('error') };
}

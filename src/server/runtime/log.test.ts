import { describe, expect, it } from 'vitest';
import { createLogger, type LogLevel } from './log.ts';

function capture(options: { level?: LogLevel } = {}) {
  const lines: { line: string; level: LogLevel }[] = [];
  const logger = createLogger({ ...options, write: (line, level) => lines.push({ line, level }) });
  return {
    logger,
    lines,
    parsed: () => lines.map(({ line }) => JSON.parse(line) as Record<string, unknown>),
  };
}

describe('createLogger', () => {
  it('writes one JSON object per line with time, level, message and fields', () => {
    const { logger, parsed } = capture();
    logger.info('request', { method: 'GET', status: 200 });
    expect(parsed()).toEqual([
      { time: expect.any(String), level: 'info', msg: 'request', method: 'GET', status: 200 },
    ]);
  });

  it('redacts fields that look like secrets, also nested', () => {
    const { logger, lines } = capture();
    logger.warn('login', {
      username: 'agent1',
      password: 'hunter2',
      headers: { Authorization: 'Bearer abc', cookie: 'sid=1' },
      access_token: 'tok',
      session_secret: 's3',
    });
    const text = lines[0]!.line;
    for (const secret of ['hunter2', 'Bearer abc', 'sid=1', 'tok"', 's3"'])
      expect(text).not.toContain(secret);
    expect(text).toContain('agent1');
  });

  it('logs errors with their message and stack', () => {
    const { logger, parsed } = capture();
    logger.error('failed', { error: new Error('boom') });
    expect(parsed()[0]!.error).toMatchObject({
      name: 'Error',
      message: 'boom',
      stack: expect.stringContaining('boom'),
    });
  });

  it('honours the level and silent options', () => {
    const { logger, lines } = capture({ level: 'warn' });
    logger.info('hidden');
    logger.warn('shown');
    expect(lines.map((l) => l.level)).toEqual(['warn']);
    const silent: string[] = [];
    createLogger({ silent: true, write: (line) => silent.push(line) }).error('nothing');
    expect(silent).toEqual([]);
  });
});

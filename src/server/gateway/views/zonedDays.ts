/**
 * A calendar day (`YYYY-MM-DD`) as an instant in a time zone: the list's URL keeps a day the user
 * picked as a local day, and the browser that sends it (counts of saved views) says its zone.
 */
import { formatApiDate } from '../../../contract/paramRules.ts';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `zone` is an IANA time zone this runtime knows (e.g. Europe/Paris). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** How far `zone`'s wall clock is ahead of UTC at `ms`. */
function zoneOffsetMs(ms: number, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(ms);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(ms / 1000) * 1000;
}

/** The midnight that opens `day` in `zone` (or, for `end`, the one that closes it), as the API writes dates. */
export function zonedDayBound(day: string, zone: string, end: boolean): string | null {
  const match = DAY.exec(day);
  if (!match) return null;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const wallMidnight = Date.UTC(y, m - 1, end ? d + 1 : d);
  // Twice: the offset at the guess may differ from the offset at the answer across a DST change.
  let instant = wallMidnight - zoneOffsetMs(wallMidnight, zone);
  instant = wallMidnight - zoneOffsetMs(instant, zone);
  return formatApiDate(instant);
}

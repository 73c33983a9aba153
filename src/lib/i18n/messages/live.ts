import { defineMessages } from '../defineMessages.ts';

/** The header's live status (app/shell/LiveStatus.tsx), loaded with it after first paint. */
export default defineMessages({
  'live.on': 'Live',
  'live.on.tip': 'Changes made by anyone show here as they happen.',
  'live.updated': 'Updated {ago}',
  'live.off': 'Not live',
  'live.off.tip': 'The live connection is down and reconnecting; meanwhile lists refresh every minute.',
  'live.synced': 'Synced {synced} of {total}',
  'live.syncedSoFar': 'Synced {synced}',
  'live.sync.tip':
    'Your tickets are being copied from Apizee within its limit of calls; lists show those copied so far.',
  'live.unreachable': 'Apizee unreachable — showing saved data',
  'live.unreachable.tip':
    'Apizee cannot be reached: tickets show as last saved, and changes may fail until it is back.',
  'live.announce.on': 'Live updates are on',
  'live.announce.off': 'Live updates are off',
});

import { defineMessages } from '../defineMessages.ts';
import { STATE_AND_TYPE_NAMES_EN } from '../../../contract/sentences.en.ts';

/** English: its keys are the keys `t()` accepts; common.fr.ts must have exactly these. */
export default defineMessages({
  ...STATE_AND_TYPE_NAMES_EN,
  'app.name': 'Apizee tickets',
  'common.loading': 'Loading…',
  'common.retry': 'Retry',
  'common.cancel': 'Cancel',
  'common.save': 'Save',
  'common.close': 'Close',
  'common.delete': 'Delete',
  'common.error.title': 'Something went wrong',
  'common.error.network': 'The server could not be reached. Check your connection and try again.',
  'common.error.rateLimited': 'Apizee asks us to slow down. Try again in {seconds} s.',
  'common.error.rateLimitOver': 'Apizee asked us to slow down. You can try again now.',
  'common.error.upstreamTimeout': 'Apizee is not answering. Try again in a moment.',
  'common.none': '—',
  'state.unknown': 'A state this dashboard does not know yet, shown as the server sent it.',
  'stateFamily.active': 'Active',
  'stateFamily.resolved': 'Resolved',
  'stateFamily.ended': 'Ended',
  'role.agent': 'Agent',
  'role.supervisor': 'Supervisor',
  'role.admin': 'Administrator',
  'duration.minutes_one': '{count} min',
  'duration.minutes_other': '{count} min',
});

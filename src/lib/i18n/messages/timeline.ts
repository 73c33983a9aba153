import { defineMessages } from '../defineMessages.ts';
import { EVENT_SENTENCES_EN } from '../../../contract/sentences.en.ts';

/** English: its keys are the keys `t()` accepts; timeline.fr.ts must have exactly these. */
export default defineMessages({
  ...EVENT_SENTENCES_EN,
  'timeline.heading': 'Timeline',
  'timeline.count_one': '{count} event',
  'timeline.count_other': '{count} events',
  'timeline.filter.label': 'Show events of',
  'timeline.filter.all': 'All',
  'timeline.empty': 'Nothing has happened on this ticket yet.',
  'timeline.emptyFiltered': 'No event of this kind.',
  'timeline.family.ticket': 'Ticket',
  'timeline.family.invitation': 'Invitation',
  'timeline.family.session': 'Session',
  'timeline.family.media': 'Media',
  'timeline.family.device': 'Devices',
  'timeline.family.geolocation': 'Location',
  'timeline.family.consent': 'Consent',
  'timeline.family.survey': 'Survey',
  'timeline.family.other': 'Other',
  'timeline.source.agent': 'By the agent',
  'timeline.source.guest': 'By the requestor',
  'timeline.source.system': 'Automatic',
  'timeline.details.show': 'Details',
  'timeline.details.hide': 'Hide details',
  'timeline.details.location': 'Location',
  'timeline.details.openMap': 'Open in OpenStreetMap',
  'timeline.details.answers': 'Survey answers',
  'timeline.details.agent': 'Agent',
  'timeline.details.title': 'Title',
  'timeline.details.other': 'Other data',
});

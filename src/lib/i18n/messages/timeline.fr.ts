import { defineTranslation } from '../defineMessages.ts';
import { EVENT_SENTENCES_FR } from '../../../contract/sentences.fr.ts';
import type en from './timeline.ts';

export default defineTranslation<typeof en>({
  ...EVENT_SENTENCES_FR,
  'timeline.heading': 'Historique',
  'timeline.count_one': '{count} événement',
  'timeline.count_other': '{count} événements',
  'timeline.filter.label': 'Afficher les événements',
  'timeline.filter.all': 'Tous',
  'timeline.empty': 'Rien ne s’est encore passé sur ce ticket.',
  'timeline.emptyFiltered': 'Aucun événement de ce type.',
  'timeline.family.ticket': 'Ticket',
  'timeline.family.invitation': 'Invitation',
  'timeline.family.session': 'Session',
  'timeline.family.media': 'Médias',
  'timeline.family.device': 'Appareils',
  'timeline.family.geolocation': 'Localisation',
  'timeline.family.consent': 'Consentement',
  'timeline.family.survey': 'Enquête',
  'timeline.family.other': 'Autre',
  'timeline.source.agent': 'Par l’agent',
  'timeline.source.guest': 'Par le demandeur',
  'timeline.source.system': 'Automatique',
  'timeline.details.show': 'Détails',
  'timeline.details.hide': 'Masquer les détails',
  'timeline.details.location': 'Position',
  'timeline.details.openMap': 'Ouvrir dans OpenStreetMap',
  'timeline.details.answers': 'Réponses à l’enquête',
  'timeline.details.agent': 'Agent',
  'timeline.details.title': 'Titre',
  'timeline.details.other': 'Autres données',
});

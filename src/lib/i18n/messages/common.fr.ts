import { defineTranslation } from '../defineMessages.ts';
import { STATE_AND_TYPE_NAMES_FR } from '../../../contract/sentences.fr.ts';
import type en from './common.ts';

export default defineTranslation<typeof en>({
  ...STATE_AND_TYPE_NAMES_FR,
  'app.name': 'Tickets Apizee',
  'common.loading': 'Chargement…',
  'common.retry': 'Réessayer',
  'common.cancel': 'Annuler',
  'common.save': 'Enregistrer',
  'common.close': 'Fermer',
  'common.delete': 'Supprimer',
  'common.error.title': 'Une erreur est survenue',
  'common.error.network': 'Le serveur est injoignable. Vérifiez votre connexion et réessayez.',
  'common.error.rateLimited': 'Apizee nous demande de ralentir. Réessayez dans {seconds} s.',
  'common.error.rateLimitOver': 'Apizee nous a demandé de ralentir. Vous pouvez réessayer maintenant.',
  'common.error.upstreamTimeout': 'Apizee ne répond pas. Réessayez dans un instant.',
  'common.none': '—',
  'state.unknown':
    'Un état que ce tableau de bord ne connaît pas encore, affiché tel que le serveur l’envoie.',
  'stateFamily.active': 'Actifs',
  'stateFamily.resolved': 'Résolus',
  'stateFamily.ended': 'Terminés',
  'role.agent': 'Agent',
  'role.supervisor': 'Superviseur',
  'role.admin': 'Administrateur',
  'duration.minutes_one': '{count} min',
  'duration.minutes_other': '{count} min',
});

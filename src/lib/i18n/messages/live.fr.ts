import { defineTranslation } from '../defineMessages.ts';
import type en from './live.ts';

export default defineTranslation<typeof en>({
  'live.on': 'En direct',
  'live.on.tip': 'Les changements faits par chacun s’affichent ici dès qu’ils ont lieu.',
  'live.updated': 'Mis à jour {ago}',
  'live.off': 'Hors direct',
  'live.off.tip':
    'La connexion en direct est coupée et se rétablit ; en attendant, les listes s’actualisent chaque minute.',
  'live.synced': 'Synchronisés : {synced} sur {total}',
  'live.syncedSoFar': 'Synchronisés : {synced}',
  'live.sync.tip':
    'Vos tickets sont copiés depuis Apizee dans sa limite d’appels ; les listes montrent ceux déjà copiés.',
  'live.unreachable': 'Apizee injoignable — données enregistrées affichées',
  'live.unreachable.tip':
    'Apizee est injoignable : les tickets s’affichent tels qu’enregistrés, et vos modifications peuvent échouer jusqu’à son retour.',
  'live.announce.on': 'Mises à jour en direct activées',
  'live.announce.off': 'Mises à jour en direct interrompues',
});

import { defineTranslation } from '../defineMessages.ts';
import type en from './login.ts';

export default defineTranslation<typeof en>({
  'login.title': 'Connexion',
  'login.subtitle': 'Utilisez votre compte Apizee.',
  'login.username': 'Identifiant',
  'login.password': 'Mot de passe',
  'login.submit': 'Se connecter',
  'login.required': 'Obligatoire',
  'login.error.invalid': 'Identifiant ou mot de passe incorrect.',
  'login.error.rateLimited': 'Trop de tentatives. Réessayez dans {seconds} s.',
  'login.error.other': 'Échec de la connexion : {reason}',
  'login.sessionExpired': 'Votre session a pris fin. Reconnectez-vous pour reprendre où vous étiez.',
  'login.signedOutHereUpstreamDown':
    'Déconnecté ici. Apizee n’a pas pu être joint pour y mettre fin à la session ; elle prendra fin à son expiration.',
  'login.signedOutEverywhere':
    'Déconnecté partout : chaque navigateur où vous étiez connecté est déconnecté.',
  'login.signedOutEverywhereUpstreamDown':
    'Déconnecté partout. Apizee n’a pas pu être joint pour y mettre fin à cette session ; elle prendra fin à son expiration.',
});

import { defineMessages } from '../defineMessages.ts';

export default defineMessages(
  {
    'login.title': 'Sign in',
    'login.subtitle': 'Use your Apizee account.',
    'login.username': 'Username',
    'login.password': 'Password',
    'login.submit': 'Sign in',
    'login.required': 'Required',
    'login.error.invalid': 'Wrong username or password.',
    'login.error.rateLimited': 'Too many attempts. Try again in {seconds} s.',
    'login.error.other': 'Sign-in failed: {reason}',
    'login.sessionExpired': 'Your session has ended. Sign in again to continue where you were.',
  },
  {
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
  },
);

/** The words of the link pages, in English and French (other languages read English). */

export type PageLanguage = 'en' | 'fr';

export interface PageText {
  guestTitle: string;
  invitedBy: (agent: string) => string;
  invited: string;
  subject: string;
  scheduled: string;
  join: string;
  waitingRoomTitle: string;
  waitingRoom: (agent: string | null) => string;
  noLongerValid: string;
  roomTitle: (id: number) => string;
  reference: string;
  customer: string;
  state: string;
  waitingForCustomer: string;
  customerOpened: string;
  noCall: (state: string) => string;
  notFoundTitle: string;
  notFound: string;
}

export const PAGE_TEXT: Record<PageLanguage, PageText> = {
  en: {
    guestTitle: 'Join the video call',
    invitedBy: (agent) => `${agent} invites you to a video call.`,
    invited: 'You are invited to a video call.',
    subject: 'Subject',
    scheduled: 'Scheduled',
    join: 'Join the call',
    waitingRoomTitle: 'You are in the waiting room',
    waitingRoom: (agent) =>
      `${agent ?? 'Your agent'} will start the video call in a moment. Keep this page open.`,
    noLongerValid: 'This invitation is no longer valid.',
    roomTitle: (id) => `Video room — ticket #${id}`,
    reference: 'Reference',
    customer: 'Customer',
    state: 'State',
    waitingForCustomer: 'Waiting for the customer…',
    customerOpened: 'The customer opened the invitation and is waiting for you.',
    noCall: (state) => `This ticket is ${state}: no call will take place.`,
    notFoundTitle: 'Link not found',
    notFound: 'This link is not valid. Check that you copied it whole.',
  },
  fr: {
    guestTitle: 'Rejoindre l’appel vidéo',
    invitedBy: (agent) => `${agent} vous invite à un appel vidéo.`,
    invited: 'Vous êtes invité à un appel vidéo.',
    subject: 'Objet',
    scheduled: 'Prévu le',
    join: 'Rejoindre l’appel',
    waitingRoomTitle: 'Vous êtes dans la salle d’attente',
    waitingRoom: (agent) =>
      `${agent ?? 'Votre conseiller'} va démarrer l’appel vidéo dans un instant. Gardez cette page ouverte.`,
    noLongerValid: 'Cette invitation n’est plus valable.',
    roomTitle: (id) => `Salle vidéo — ticket n° ${id}`,
    reference: 'Référence',
    customer: 'Client',
    state: 'État',
    waitingForCustomer: 'En attente du client…',
    customerOpened: 'Le client a ouvert l’invitation et vous attend.',
    noCall: (state) => `Ce ticket est à l’état ${state} : aucun appel n’aura lieu.`,
    notFoundTitle: 'Lien introuvable',
    notFound: 'Ce lien n’est pas valable. Vérifiez que vous l’avez copié en entier.',
  },
};

/** A ticket's `language` as a page language. */
export function pageLanguage(language: string | null | undefined): PageLanguage {
  return language?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** The first language of an Accept-Language header that the pages speak (English otherwise). */
export function acceptedLanguage(header: string | undefined): PageLanguage {
  for (const part of (header ?? '').split(',')) {
    const tag = part.split(';')[0]!.trim().toLowerCase();
    if (tag.startsWith('fr')) return 'fr';
    if (tag.startsWith('en')) return 'en';
  }
  return 'en';
}

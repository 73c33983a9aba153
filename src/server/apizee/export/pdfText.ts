/** The words of the PDF export in each of its languages, and how it writes dates and lists. */
import type { EXPORT_LANGUAGES } from '../../../contract/requests.ts';
import { EVENT_SENTENCES_EN, STATE_AND_TYPE_NAMES_EN } from '../../../contract/sentences.en.ts';
import { EVENT_SENTENCES_FR, STATE_AND_TYPE_NAMES_FR } from '../../../contract/sentences.fr.ts';

export type PdfLanguage = (typeof EXPORT_LANGUAGES)[number];

const LABELS = {
  en: {
    ticket: 'Ticket',
    noSubject: '(no subject)',
    exported: 'Exported {when}',
    times: 'Times in {zone}',
    state: 'State',
    type: 'Type',
    reference: 'Reference',
    service: 'Service',
    language: 'Language',
    start: 'Start',
    end: 'End',
    created: 'Created',
    modified: 'Modified',
    requestor: 'Requestor',
    none: 'none',
    name: 'Name',
    company: 'Company',
    email: 'E-mail',
    phone: 'Phone',
    country: 'Country',
    assignment: 'Assignment',
    agent: 'Agent',
    group: 'Group',
    unassigned: 'unassigned',
    medias: 'Medias',
    photos: 'Photos',
    description: 'Description',
    timeline: 'Timeline ({count} events)',
    more: '… and {count} more events (see the JSON or CSV export)',
    by: 'by {name}',
    at: 'at {place}',
    minutes: '{count} min',
    mediaTypes: { image: 'images', video: 'videos', audio: 'recordings', document: 'documents' },
    sources: { agent: 'Agent', guest: 'Requestor', system: 'Automatic' },
    /** Event data keys the timeline shows (others stay as the API names them). */
    dataKeys: { channels: 'channels', title: 'title', answers: 'answers' } as Record<string, string>,
    keyValue: '{key}: {value}',
    channels: { sms: 'SMS', email: 'e-mail' } as Record<string, string>,
  },
  fr: {
    ticket: 'Ticket',
    noSubject: '(sans objet)',
    exported: 'Exporté le {when}',
    times: 'Heures en {zone}',
    state: 'État',
    type: 'Type',
    reference: 'Référence',
    service: 'Service',
    language: 'Langue',
    start: 'Début',
    end: 'Fin',
    created: 'Créé',
    modified: 'Modifié',
    requestor: 'Demandeur',
    none: 'aucun',
    name: 'Nom',
    company: 'Société',
    email: 'E-mail',
    phone: 'Téléphone',
    country: 'Pays',
    assignment: 'Attribution',
    agent: 'Agent',
    group: 'Groupe',
    unassigned: 'sans agent',
    medias: 'Médias',
    photos: 'Photos',
    description: 'Description',
    timeline: 'Chronologie ({count} événements)',
    more: '… et {count} autres événements (voir l’export JSON ou CSV)',
    by: 'par {name}',
    at: 'à {place}',
    minutes: '{count} min',
    mediaTypes: { image: 'images', video: 'vidéos', audio: 'enregistrements', document: 'documents' },
    sources: { agent: 'Agent', guest: 'Demandeur', system: 'Automatique' },
    dataKeys: { channels: 'canaux', title: 'titre', answers: 'réponses' } as Record<string, string>,
    keyValue: '{key} : {value}',
    channels: { sms: 'SMS', email: 'e-mail' } as Record<string, string>,
  },
} as const;

export type PdfLabels = (typeof LABELS)[PdfLanguage];

const NAMES: Record<PdfLanguage, Record<string, string>> = {
  en: STATE_AND_TYPE_NAMES_EN,
  fr: STATE_AND_TYPE_NAMES_FR,
};
const SENTENCES: Record<PdfLanguage, Record<string, string>> = {
  en: EVENT_SENTENCES_EN,
  fr: EVENT_SENTENCES_FR,
};
const LOCALE_TAGS: Record<PdfLanguage, string> = { en: 'en-GB', fr: 'fr-FR' };

export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** How the PDF speaks to one reader: their language and time zone. */
export function pdfWording(lang: PdfLanguage, timeZone: string) {
  const dateTime = new Intl.DateTimeFormat(LOCALE_TAGS[lang], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  });
  const zoneName = (iso: string) =>
    new Intl.DateTimeFormat(LOCALE_TAGS[lang], { timeZone, timeZoneName: 'short' })
      .formatToParts(new Date(iso))
      .find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
  return {
    labels: LABELS[lang] as PdfLabels,
    /** "20 oct. 2026, 14:00" in the reader's zone. */
    dateTime: (iso: string) => dateTime.format(new Date(iso)),
    zone: (iso: string) => `${timeZone} (${zoneName(iso)})`,
    state: (state: string) => NAMES[lang][`state.${state}`] ?? state,
    type: (type: string) => NAMES[lang][`type.${type}`] ?? type,
    /** The timeline's own sentence for an event; a name nobody knows, as it is. */
    event: (name: string) =>
      SENTENCES[lang][`timeline.event.${name}`] ?? fill(SENTENCES[lang]['timeline.event.unknown']!, { name }),
    number: (value: number) => new Intl.NumberFormat(LOCALE_TAGS[lang]).format(value),
    /** "France" for FR, "français" for fr; a code Intl does not know, as it is. */
    country: (code: string) => displayName(LOCALE_TAGS[lang], 'region', code),
    language: (code: string) => displayName(LOCALE_TAGS[lang], 'language', code),
  };
}

function displayName(locale: string, type: 'region' | 'language', code: string): string {
  if (!code) return '';
  try {
    return new Intl.DisplayNames([locale], { type, fallback: 'code' }).of(code) ?? code;
  } catch {
    return code; // not a well-formed code
  }
}

export type PdfWording = ReturnType<typeof pdfWording>;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * The description as lines: paragraphs and line breaks start new lines, list items become "• item"
 * (numbered lists "1. item"), so the PDF keeps the shape the agent gave it.
 */
export function htmlToLines(html: string): string[] {
  const counters: (number | null)[] = [];
  const text = html
    .replace(/<(ol|ul)\b[^>]*>|<\/(ol|ul)>|<li\b[^>]*>/gi, (tag) => {
      const lower = tag.toLowerCase();
      if (lower.startsWith('<ol')) counters.push(0);
      else if (lower.startsWith('<ul')) counters.push(null);
      else if (lower.startsWith('</')) counters.pop();
      else {
        const depth = Math.max(0, counters.length - 1);
        const top = counters.length - 1;
        const current = counters[top];
        if (typeof current === 'number') counters[top] = current + 1;
        const marker = typeof current === 'number' ? `${current + 1}.` : '•';
        return `\n${'  '.repeat(depth)}${marker} `;
      }
      return '\n';
    })
    .replace(/<br\s*\/?>|<\/(p|div|h[1-6]|blockquote)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|[a-z]+);/gi, (entity, name: string) =>
      name.startsWith('#')
        ? String.fromCodePoint(Number(name.slice(1)) || 32)
        : (ENTITIES[name.toLowerCase()] ?? entity),
    );
  return text
    .split('\n')
    .map((line) => {
      const indent = /^ */.exec(line)![0];
      return (
        indent +
        line
          .slice(indent.length)
          .replace(/[ \t\u00a0]+/g, ' ')
          .trim()
      );
    })
    .filter((line) => line.trim() !== '');
}

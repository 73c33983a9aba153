/**
 * Reading the free-form `data` of an event: the shapes documented by the API (geolocation, survey
 * answers, agent, title) are picked out; anything else is shown as plain key/value text.
 */
export type GeoPoint = { lat: number; lng: number };
export type SurveyAnswer = { question: string; answer: string };
export type EventAgent = { name: string; email?: string; phone?: string };

export type EventDetails = {
  geoloc?: GeoPoint;
  answers?: SurveyAnswer[];
  agent?: EventAgent;
  title?: string;
  other: [string, string][];
};

const KNOWN_KEYS = new Set(['geoloc', 'answers', 'agent', 'title']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim()) return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

function readGeoloc(value: unknown): GeoPoint | undefined {
  if (!isRecord(value)) return undefined;
  const lat = Number(value.lat);
  const lng = Number(value.lng ?? value.lon);
  if (!Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180)
    return undefined;
  return { lat, lng };
}

function readAnswers(value: unknown): SurveyAnswer[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const answers = value.filter(isRecord).flatMap((item) => {
    const question = text(item.question);
    const answer = text(item.answer);
    return question && answer !== undefined ? [{ question, answer }] : [];
  });
  return answers.length ? answers : undefined;
}

function readAgent(value: unknown): EventAgent | undefined {
  if (!isRecord(value)) return undefined;
  const name = [text(value.firstname), text(value.lastname)].filter(Boolean).join(' ');
  const email = text(value.email);
  const phone = text(value.phone);
  if (!name && !email && !phone) return undefined;
  return { name: name || email || phone || '', email, phone };
}

export function readEventDetails(data: Record<string, unknown>): EventDetails {
  const other = Object.entries(data).flatMap(([key, value]): [string, string][] => {
    const shown = text(value);
    return !KNOWN_KEYS.has(key) && shown !== undefined ? [[key, shown]] : [];
  });
  return {
    geoloc: readGeoloc(data.geoloc),
    answers: readAnswers(data.answers),
    agent: readAgent(data.agent),
    title: text(data.title),
    other,
  };
}

export function hasDetails(details: EventDetails): boolean {
  return Boolean(details.geoloc || details.answers || details.agent || details.title || details.other.length);
}

export function openStreetMapUrl({ lat, lng }: GeoPoint): string {
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=16/${lat}/${lng}`;
}

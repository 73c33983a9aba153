import type { Gender } from '../../../contract/enums.ts';
import type { Random } from './random.ts';
import { COMPANIES, FIRST_NAMES, LAST_NAMES, MAIL_PROVIDERS, MARKETS, type Market } from './vocabulary.ts';

export interface SeedContact {
  name: string;
  firstname: string;
  company: string | null;
  gender: Gender;
  country: string;
  language: string;
  emails: string[];
  phones: string[];
}

const marketWeights = Object.fromEntries(MARKETS.map((market, index) => [String(index), market.weight]));

function asciiLocalPart(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Makes requestors with unique e-mails and E.164 mobile numbers (as the contact keys require). */
export function createPeopleFactory(random: Random) {
  const usedEmails = new Set<string>();
  const usedPhones = new Set<string>();

  const uniqueEmail = (local: string, domain: string) => {
    let email = `${local}@${domain}`;
    for (let n = 2; usedEmails.has(email); n++) email = `${local}${n}@${domain}`;
    usedEmails.add(email);
    return email;
  };
  const uniquePhone = (market: Market) => {
    let phone: string;
    do {
      phone = market.prefix + Array.from({ length: market.digits }, () => random.int(0, 9)).join('');
    } while (usedPhones.has(phone));
    usedPhones.add(phone);
    return phone;
  };

  return (): SeedContact => {
    const market = MARKETS[Number(random.weighted(marketWeights))]!;
    const gender = random.weighted<Gender>({ male: 48, female: 48, other: 4 });
    const firstname = random.pick(FIRST_NAMES[gender]);
    const name = random.pick(LAST_NAMES);
    const company = random.chance(0.5) ? random.pick(COMPANIES) : null;
    const local = `${asciiLocalPart(firstname)}.${asciiLocalPart(name)}`;
    const hasEmail = random.chance(0.8);
    const hasPhone = !hasEmail || random.chance(0.8);
    const emails = hasEmail ? [uniqueEmail(local, company?.domain ?? random.pick(MAIL_PROVIDERS))] : [];
    const phones = hasPhone ? [uniquePhone(market)] : [];
    if (hasPhone && random.chance(0.08)) phones.push(uniquePhone(market));
    return {
      name,
      firstname,
      company: company?.name ?? null,
      gender,
      country: market.country,
      language: market.language,
      emails,
      phones,
    };
  };
}

/** Word lists the seed draws from: people, companies, places and what tickets are about. */

export const FIRST_NAMES = {
  male: [
    'Lucas',
    'Hugo',
    'Louis',
    'Jules',
    'Arthur',
    'Thomas',
    'James',
    'Oliver',
    'Liam',
    'Noah',
    'Lukas',
    'Jonas',
    'Mateo',
    'Pablo',
    'Marco',
    'Luca',
    'Daan',
    'Tiago',
    'Ethan',
    'Samuel',
  ],
  female: [
    'Emma',
    'Jade',
    'Louise',
    'Alice',
    'Chloé',
    'Léa',
    'Olivia',
    'Amelia',
    'Sophie',
    'Mia',
    'Hannah',
    'Lena',
    'Lucía',
    'Sofía',
    'Giulia',
    'Chiara',
    'Anna',
    'Beatriz',
    'Zoé',
    'Inès',
  ],
  other: ['Camille', 'Alex', 'Sacha', 'Charlie', 'Robin', 'Eden'],
} as const;

export const LAST_NAMES = [
  'Martin',
  'Bernard',
  'Dubois',
  'Thomas',
  'Robert',
  'Richard',
  'Petit',
  'Durand',
  'Leroy',
  'Moreau',
  'Simon',
  'Laurent',
  'Lefebvre',
  'Michel',
  'Garcia',
  'Fournier',
  'Girard',
  'Bonnet',
  'Dupont',
  'Lambert',
  'Smith',
  'Jones',
  'Taylor',
  'Brown',
  'Wilson',
  'Evans',
  'Müller',
  'Schmidt',
  'Schneider',
  'Fischer',
  'Rossi',
  'Russo',
  'Ferrari',
  'Fernández',
  'López',
  'Martínez',
  'De Jong',
  'Jansen',
  'Silva',
  'Santos',
] as const;

/** Country, language, phone prefix and mobile-number length for each market. */
export const MARKETS = [
  { country: 'FR', language: 'fr', prefix: '+336', digits: 8, weight: 40 },
  { country: 'FR', language: 'fr', prefix: '+337', digits: 8, weight: 10 },
  { country: 'BE', language: 'fr', prefix: '+32470', digits: 6, weight: 6 },
  { country: 'GB', language: 'en', prefix: '+447', digits: 9, weight: 12 },
  { country: 'DE', language: 'de', prefix: '+4915', digits: 9, weight: 10 },
  { country: 'ES', language: 'es', prefix: '+346', digits: 8, weight: 8 },
  { country: 'IT', language: 'it', prefix: '+393', digits: 9, weight: 6 },
  { country: 'NL', language: 'nl', prefix: '+316', digits: 8, weight: 4 },
  { country: 'PT', language: 'pt', prefix: '+3519', digits: 8, weight: 4 },
] as const;
export type Market = (typeof MARKETS)[number];

export const COMPANIES = [
  { name: 'Boulangerie Moreau', domain: 'boulangerie-moreau.fr' },
  { name: 'Garage des Lilas', domain: 'garagedeslilas.fr' },
  { name: 'Northwind Logistics', domain: 'northwind-logistics.co.uk' },
  { name: 'Helios Solar', domain: 'helios-solar.de' },
  { name: 'Atelier Lumière', domain: 'atelier-lumiere.fr' },
  { name: 'Fjord Facilities', domain: 'fjordfacilities.nl' },
  { name: 'Casa Verde Reformas', domain: 'casaverde-reformas.es' },
  { name: 'Vetreria Bianchi', domain: 'vetreriabianchi.it' },
  { name: 'Quinta do Sol', domain: 'quintadosol.pt' },
  { name: 'Maison Petit & Fils', domain: 'petit-et-fils.fr' },
] as const;

/** Personal mail providers: requestors without a company write from one of these. */
export const MAIL_PROVIDERS = [
  'gmail.com',
  'outlook.com',
  'orange.fr',
  'free.fr',
  'yahoo.co.uk',
  'web.de',
  'proton.me',
] as const;

export const PRODUCTS = [
  'heat pump',
  'gas boiler',
  'washing machine',
  'dishwasher',
  'fibre box',
  'solar inverter',
  'electric meter',
  'water heater',
  'air conditioner',
  'garage door motor',
  'EV charger',
  'alarm panel',
  'smart thermostat',
  'coffee machine',
  'roof window',
] as const;

export const PROBLEMS = [
  'makes a grinding noise',
  'shows error E{code}',
  'does not start',
  'leaks water',
  'trips the breaker',
  'loses connection every evening',
  'displays a blinking red light',
  'stopped after a power cut',
  'needs an installation check',
  'has a cracked casing after delivery',
  'is not heating enough',
] as const;

export const SUBJECT_TEMPLATES = [
  'Video check: {product} {problem}',
  'Remote diagnosis – {product}',
  'Customer reports that the {product} {problem}',
  'Installation review of {product}',
  'Warranty claim: {product} {problem}',
  'Follow-up visit for {product}',
] as const;

export const DESCRIPTION_TEMPLATES = [
  '<p>The customer says the {product} {problem}. Please check the <strong>model plate</strong> and the wiring during the call.</p>',
  '<p>Second contact about this {product}.</p><ul><li>Ask for a photo of the label</li><li>Check the error history</li></ul>',
  '<p>Insurance case opened by phone. Expected: photos of the {product} and of the surrounding damage.</p>',
  '<p>The {product} {problem} since <em>last week</em>. Customer available in the afternoon.</p>',
  '',
] as const;

export const REFERENCE_PREFIXES = ['CASE', 'INC', 'SAV', 'WO', 'CLM'] as const;

export const PICTURE_TITLES = [
  'Model plate',
  'Serial number',
  'Wiring',
  'Front panel',
  'Error display',
  'Water stain',
  'Installation overview',
  'Connector close-up',
  'Damage detail',
  'Meter reading',
] as const;

export const SURVEY_QUESTIONS = [
  { question: 'How satisfied are you with the video assistance?', answers: ['5', '5', '4', '4', '3', '2'] },
  { question: 'Was your problem solved?', answers: ['yes', 'yes', 'yes', 'partly', 'no'] },
  { question: 'Would you use video assistance again?', answers: ['yes', 'yes', 'no'] },
] as const;

/** Capitals of the markets, as a centre for requestor geolocations. */
export const CITY_CENTRES: Record<string, { lat: number; lng: number }> = {
  FR: { lat: 48.8566, lng: 2.3522 },
  BE: { lat: 50.8503, lng: 4.3517 },
  GB: { lat: 51.5072, lng: -0.1276 },
  DE: { lat: 52.52, lng: 13.405 },
  ES: { lat: 40.4168, lng: -3.7038 },
  IT: { lat: 41.9028, lng: 12.4964 },
  NL: { lat: 52.3676, lng: 4.9041 },
  PT: { lat: 38.7223, lng: -9.1393 },
};

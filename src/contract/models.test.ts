import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { sampleMedia, sampleTicket } from '../test/samples.ts';
import {
  contactSchema,
  eventListSchema,
  gatewayMediaUrl,
  mediaSchema,
  ticketEventSchema,
  ticketListSchema,
  ticketSchema,
  userSchema,
  valueList,
} from './models.ts';

const requestor = {
  id: 7,
  name: 'Durand',
  firstname: 'Léa',
  company: null,
  gender: null,
  country: 'FR',
  email: ['lea@example.com'],
  phone: ['+33612345678'],
};

const ticket = sampleTicket(1, { subject: 'Meter', requestor });

const media = sampleMedia(5, { title: 'Meter' });

const user = {
  id: 3,
  username: 'expert1',
  email: 'expert1@acme.test',
  firstname: 'Ex',
  lastname: 'Pert',
  enterprise_id: 1,
  roles: ['agent'],
  groups: [{ id: 1, name: 'Support' }],
};

/** The first issue's path and message, as the client's ContractError names it. */
function firstIssue(schema: z.core.$ZodType, value: unknown): string {
  const result = z.safeParse(schema, value);
  if (result.success) return 'parsed';
  const issue = result.error.issues[0];
  return issue ? issue.path.join('.') : '(none)';
}

describe('valueList: the one place where contact lists become lists', () => {
  it.each([
    [
      ['+33612345678', '+33787654321'],
      ['+33612345678', '+33787654321'],
    ],
    ['+33612345678,+33787654321', ['+33612345678', '+33787654321']],
    [' a@x.test , b@x.test ,', ['a@x.test', 'b@x.test']],
    ['', []],
    [null, []],
    [undefined, []],
    [[' a@x.test', ''], ['a@x.test']],
  ])('%j → %j', (input, expected) => {
    expect(valueList(input)).toEqual(expected);
  });

  it('reads a requestor and a contact whose phone and email are comma-separated strings', () => {
    const parsed = ticketSchema.parse({
      ...ticket,
      requestor: { ...requestor, phone: '+33612345678, +33787654321', email: 'lea@example.com' },
    });
    expect(parsed.requestor?.phone).toEqual(['+33612345678', '+33787654321']);
    expect(parsed.requestor?.email).toEqual(['lea@example.com']);
    const contact = contactSchema.parse({
      id: 7,
      name: 'Durand',
      firstname: null,
      company: null,
      email: 'lea@example.com,lea@work.test',
      phone: null,
    });
    expect(contact.email).toEqual(['lea@example.com', 'lea@work.test']);
    expect(contact.phone).toEqual([]);
  });
});

describe('ticket states', () => {
  it('reads `opened` as `open`', () => {
    expect(ticketSchema.parse({ ...ticket, state: 'opened' }).state).toBe('open');
  });

  it('keeps `updated` and any other unknown state as it is, in a list too', () => {
    expect(ticketSchema.parse({ ...ticket, state: 'updated' }).state).toBe('updated');
    const list = ticketListSchema.parse({
      data: [ticket, { ...ticket, id: 2, state: 'archived_v2' }],
      total: 2,
      next_offset: null,
    });
    expect(list.data.map((item) => item.state)).toEqual(['open', 'archived_v2']);
  });

  it('still fails, naming the field, when a ticket lacks what the UI needs', () => {
    const { id: _id, ...withoutId } = ticket;
    expect(firstIssue(ticketListSchema, { data: [withoutId], total: 1, next_offset: null })).toBe(
      'data.0.id',
    );
    expect(firstIssue(ticketSchema, { ...ticket, state: 3 })).toBe('state');
    expect(firstIssue(ticketSchema, { ...ticket, requestor: { ...requestor, phone: 12 } })).toBe(
      'requestor.phone',
    );
  });
});

describe('events', () => {
  const event = { id: 1, eventName: 'ticket.new', timestamp: ticket.created, source: 'system', data: {} };

  it('accepts a string id as well as a number', () => {
    expect(ticketEventSchema.parse({ ...event, id: 'a1b2c3' }).id).toBe('a1b2c3');
    expect(ticketEventSchema.parse(event).id).toBe(1);
  });

  it('keeps unknown event names and sources as they are', () => {
    const parsed = ticketEventSchema.parse({ ...event, eventName: 'chat.messageSent', source: 'bot' });
    expect(parsed).toMatchObject({ eventName: 'chat.messageSent', source: 'bot' });
  });

  it('reads an empty PHP array or a null as empty data', () => {
    expect(ticketEventSchema.parse({ ...event, data: [] }).data).toEqual({});
    expect(ticketEventSchema.parse({ ...event, data: null }).data).toEqual({});
  });

  it('accepts a page of events (next_offset) as well as the documented {data, total}', () => {
    expect(eventListSchema.parse({ data: [event], total: 1 }).total).toBe(1);
    expect(eventListSchema.parse({ data: [event], total: 250, next_offset: 100 }).next_offset).toBe(100);
    expect(firstIssue(eventListSchema, { data: [{ ...event, timestamp: undefined }], total: 1 })).toBe(
      'data.0.timestamp',
    );
  });
});

describe('users', () => {
  it('keeps an unknown role such as `expert` instead of refusing the sign-in', () => {
    expect(userSchema.parse({ ...user, roles: ['agent', 'expert'] }).roles).toEqual(['agent', 'expert']);
    expect(userSchema.parse({ ...user, roles: ['expert'] }).roles).toEqual(['expert']);
  });

  it('still fails, naming the field, without an enterprise', () => {
    const { enterprise_id: _enterprise, ...withoutEnterprise } = user;
    expect(firstIssue(userSchema, withoutEnterprise)).toBe('enterprise_id');
  });
});

describe('medias', () => {
  it('reads a media without thumbnail_url (no thumbnails upstream) as one without a thumbnail', () => {
    const { thumbnail_url: _thumbnail, ...withoutThumbnail } = media;
    expect(mediaSchema.parse(withoutThumbnail).thumbnail_url).toBeNull();
    expect(mediaSchema.parse({ ...media, thumbnail_url: null }).thumbnail_url).toBeNull();
  });

  it('turns an absolute URL of an Apizee API into the same path through the gateway', () => {
    const parsed = mediaSchema.parse({
      ...media,
      url: 'https://cloud.apizee.com/api/v3/medias/5/download?token=x',
      thumbnail_url: 'https://cloud.apizee.com/api/v3/medias/5/thumbnail',
    });
    expect(parsed.url).toBe('/api/v3/medias/5/download?token=x');
    expect(parsed.thumbnail_url).toBe('/api/v3/medias/5/thumbnail');
  });

  it('keeps a relative path, or an absolute URL of another kind, as it is', () => {
    expect(gatewayMediaUrl('/api/v3/medias/5/download')).toBe('/api/v3/medias/5/download');
    expect(gatewayMediaUrl('https://cdn.example.com/m/5.jpg?sig=1')).toBe(
      'https://cdn.example.com/m/5.jpg?sig=1',
    );
  });

  it('still fails, naming the field, without a url', () => {
    const { url: _url, ...withoutUrl } = media;
    expect(firstIssue(mediaSchema, withoutUrl)).toBe('url');
  });
});

import { render } from '@testing-library/react';
import { catalogs } from '../../../lib/i18n/catalog.ts';
import { LOCALES, type Locale } from '../../../lib/i18n/defineMessages.ts';
import { translate } from '../../../lib/i18n/translate.ts';
import { EVENT_NAMES, eventFamily } from '../../../contract/enums.ts';
import { SafeHtml, sanitizeHtml } from '../../../lib/html/SafeHtml.tsx';
import { eventSentence, eventSourceLabel } from './eventSentences.ts';

const translator = (locale: Locale) => (key: string, vars?: Record<string, string | number>) =>
  translate(catalogs[locale], locale, key, vars);

describe('event sentences', () => {
  describe.each(LOCALES)('in %s', (locale) => {
    const t = translator(locale);

    it.each(EVENT_NAMES)('%s reads as a sentence, not as its raw name', (eventName) => {
      const sentence = eventSentence(eventName, t);
      expect(catalogs[locale][`timeline.event.${eventName}`]).toBeTruthy();
      expect(sentence).toBe(catalogs[locale][`timeline.event.${eventName}`]);
      expect(sentence).not.toContain(eventName);
      expect(sentence).not.toContain('timeline.');
      expect(sentence).toMatch(/[.!]$/);
    });

    it('shows an unknown event name as it is, in a neutral sentence', () => {
      const sentence = eventSentence('session.recordingStarted', t);
      expect(sentence).toContain('session.recordingStarted');
      expect(sentence).not.toContain('timeline.');
      expect(sentence).toMatch(/[.!]$/);
    });

    it('shows an unknown source as it is', () => {
      expect(eventSourceLabel('bot', t)).toBe('bot');
      expect(eventSourceLabel('guest', t)).toBe(catalogs[locale]['timeline.source.guest']);
    });
  });

  it('puts an unknown event in the family its prefix names, or in "other"', () => {
    expect(eventFamily('session.recordingStarted')).toBe('session');
    expect(eventFamily('chat.messageSent')).toBe('other');
    expect(eventFamily('ticket.updated')).toBe('ticket');
  });

  it('has a distinct sentence for every event name in each language', () => {
    for (const locale of LOCALES) {
      const sentences = new Set(EVENT_NAMES.map((name) => eventSentence(name, translator(locale))));
      expect(sentences.size).toBe(EVENT_NAMES.length);
    }
  });

  it('speaks French in French', () => {
    expect(eventSentence('ticket.closed', translator('fr'))).toBe('Le ticket a été clôturé.');
    expect(eventSentence('ticket.closed', translator('en'))).toBe('The ticket was closed.');
  });
});

describe('SafeHtml', () => {
  it('removes scripts, event handlers and javascript: URLs but keeps formatting', () => {
    const dirty =
      '<p onclick="steal()">Hello <strong>there</strong><script>alert(1)</script></p>' +
      '<img src="x" onerror="alert(2)"><a href="javascript:alert(3)">bad</a>' +
      '<iframe src="https://evil.example"></iframe><svg><script>alert(4)</script></svg>';
    const clean = sanitizeHtml(dirty);
    expect(clean).toContain('<strong>there</strong>');
    expect(clean).not.toMatch(/<script|onclick|onerror|javascript:|<iframe|alert/i);
  });

  it('opens links in a new tab without giving it access to this one', () => {
    const { container } = render(
      <SafeHtml html='<p>See <a href="https://example.com/doc">the doc</a></p>' />,
    );
    const link = container.querySelector('a');
    expect(link).toHaveAttribute('href', 'https://example.com/doc');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link).toHaveAttribute('target', '_blank');
  });

  it('renders nothing executable even from encoded attacks', () => {
    const { container } = render(
      <SafeHtml
        html={
          '<a href="jav&#x09;ascript:alert(1)">x</a><div style="background:url(javascript:alert(1))">y</div><form action="/x"><input name="a"></form>'
        }
      />,
    );
    expect(container.innerHTML).not.toMatch(/javascript|<form|<input|style=/i);
    expect(container.textContent).toContain('x');
  });
});

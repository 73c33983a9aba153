import { describe, expect, it } from 'vitest';
import { cleanFilename, contentDisposition } from './contentDisposition.ts';

describe('cleanFilename', () => {
  it('removes path separators so a name cannot leave its folder', () => {
    expect(cleanFilename('../../etc/passwd', 'x')).toBe('_.._etc_passwd');
    expect(cleanFilename('..\\..\\boot.ini', 'x')).toBe('_.._boot.ini');
    expect(cleanFilename('/absolute', 'x')).toBe('_absolute');
  });

  it('removes control characters and characters Windows forbids', () => {
    expect(cleanFilename('a\u0000b\u001fc\u007fd\r\ne', 'x')).toBe('abcde');
    expect(cleanFilename('what? "quoted" <tag> a|b*c:d', 'x')).toBe('what_ _quoted_ _tag_ a_b_c_d');
  });

  it('removes every bidirectional control, so a name cannot hide its real extension', () => {
    const hidden = ['\u061c', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e'];
    hidden.push('\u2066', '\u2067', '\u2068', '\u2069', '\u0085', '\u009b');
    for (const character of hidden) {
      expect(cleanFilename(`invoice${character}fdp.exe`, 'x')).toBe('invoicefdp.exe');
    }
    expect(cleanFilename('\u202e\u2066', 'fallback')).toBe('fallback');
  });

  it('trims dots and spaces and falls back when nothing is left', () => {
    expect(cleanFilename('  .hidden. ', 'x')).toBe('hidden');
    expect(cleanFilename('...', 'fallback')).toBe('fallback');
    expect(cleanFilename('/', 'fallback')).toBe('fallback');
    expect(cleanFilename('\u0001\u0002', 'fallback')).toBe('fallback');
  });

  it('keeps accents and caps the length', () => {
    expect(cleanFilename('Relevé compteur été', 'x')).toBe('Relevé compteur été');
    expect(Array.from(cleanFilename('é'.repeat(400), 'x'))).toHaveLength(150);
  });
});

describe('contentDisposition', () => {
  it('gives an ASCII filename and the exact UTF-8 name in filename*', () => {
    expect(contentDisposition('attachment', 'Relevé "n°1".zip')).toBe(
      `attachment; filename="Releve _n_1_.zip"; filename*=UTF-8''Relev%C3%A9%20%22n%C2%B01%22.zip`,
    );
  });

  it('drops control and bidirectional characters from filename and filename* alike', () => {
    expect(contentDisposition('attachment', 'photo\u202egpj.exe\u2069\u200f\u0007\u009f')).toBe(
      `attachment; filename="photogpj.exe"; filename*=UTF-8''photogpj.exe`,
    );
    expect(contentDisposition('inline', 'Relevé\u061c\u2066 été.pdf')).toBe(
      `inline; filename="Releve ete.pdf"; filename*=UTF-8''Relev%C3%A9%20%C3%A9t%C3%A9.pdf`,
    );
  });

  it('encodes the characters RFC 5987 does not allow bare', () => {
    expect(contentDisposition('inline', "it's (1)*.jpg")).toContain(
      `filename*=UTF-8''it%27s%20%281%29%2A.jpg`,
    );
  });
});

import { catalogs } from '../../../lib/i18n/catalog.ts';
import { translate } from '../../../lib/i18n/translate.ts';
import { FORM_ERRORS } from '../../../contract/ticketForm.ts';
import type { I18n } from '../../../lib/i18n/I18nProvider.tsx';
import { formErrorText } from './formErrorText.ts';

const t = ((key, vars) => translate(catalogs.fr, 'fr', key, vars)) as I18n['t'];

describe('formErrorText', () => {
  it('has an English and a French sentence for every rule of the form schema', () => {
    for (const key of Object.values(FORM_ERRORS)) {
      expect(catalogs.en[key], key).toBeTruthy();
      expect(catalogs.fr[key], key).toBeTruthy();
    }
  });

  it('translates rule keys with their variables and keeps server sentences as they are', () => {
    expect(formErrorText(t, 'form.error.tooLong?max=100')).toBe('100 caractères au plus.');
    expect(formErrorText(t, 'no service of your enterprise has this key')).toBe(
      'no service of your enterprise has this key',
    );
    expect(formErrorText(t, undefined)).toBeUndefined();
  });
});

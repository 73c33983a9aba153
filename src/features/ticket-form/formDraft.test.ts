import { act, renderHook } from '@testing-library/react';
import { useForm } from 'react-hook-form';
import { emptyTicketForm, type TicketFormValues } from '../../contract/ticketForm.ts';
import { readDraft, useFormDraft } from './formDraft.ts';

const KEY = 'test.draft';
const empty = emptyTicketForm();

describe('readDraft', () => {
  beforeEach(() => localStorage.clear());

  it('reads back what was stored, field by field, ignoring unknown or mistyped fields', () => {
    localStorage.setItem(
      KEY,
      JSON.stringify({
        values: { name: 'Zoé', phone: ['+33612345678'], duration: 'soon', extra: 1 },
        savedAt: 5,
      }),
    );
    const draft = readDraft(localStorage, KEY, empty);
    expect(draft?.savedAt).toBe(5);
    expect(draft?.values).toEqual({ ...empty, name: 'Zoé', phone: ['+33612345678'] });
  });

  it('gives nothing for no draft or a broken one', () => {
    expect(readDraft(localStorage, KEY, empty)).toBeNull();
    localStorage.setItem(KEY, '{not json');
    expect(readDraft(localStorage, KEY, empty)).toBeNull();
    expect(readDraft(localStorage, null, empty)).toBeNull();
  });
});

describe('useFormDraft', () => {
  beforeEach(() => {
    localStorage.clear();
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  function setup() {
    return renderHook(() => {
      const form = useForm<TicketFormValues>({ defaultValues: empty });
      const draft = useFormDraft({ key: KEY, storage: localStorage, watch: form.watch, emptyValues: empty });
      return { form, draft };
    });
  }

  it('saves a moment after the last change, at once on flush, and forgets on clear', () => {
    const { result } = setup();
    act(() => result.current.form.setValue('name', 'Dupont'));
    expect(localStorage.getItem(KEY)).toBeNull();
    act(() => vi.advanceTimersByTime(500));
    expect(readDraft(localStorage, KEY, empty)?.values.name).toBe('Dupont');

    act(() => result.current.form.setValue('subject', 'Leak'));
    act(() => result.current.draft.flush());
    expect(readDraft(localStorage, KEY, empty)?.values.subject).toBe('Leak');

    act(() => result.current.draft.clear());
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('keeps no draft of an untouched form', () => {
    const { result } = setup();
    act(() => result.current.form.setValue('name', 'x'));
    act(() => result.current.form.setValue('name', ''));
    act(() => vi.advanceTimersByTime(500));
    expect(localStorage.getItem(KEY)).toBeNull();
  });
});

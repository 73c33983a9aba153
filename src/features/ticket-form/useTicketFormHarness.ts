import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState, type BaseSyntheticEvent } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { isApiError } from '../../lib/api/errors.ts';
import { useFormDraft } from './formDraft.ts';
import { firstInvalidField, useFocusAfterRender } from './formKeyboard.ts';
import { applyServerErrors } from './serverErrors.ts';
import { useLeaveGuard } from './useLeaveGuard.ts';

export type SubmitFailure = { error: unknown; otherMessages: string[] };

type HarnessOptions<Values extends FieldValues, Extra> = {
  schema: z.ZodType<Values, Values>;
  /** What the form starts from (and what "changed" is measured against). */
  defaultValues: Values;
  /** A draft found in storage on arrival: laid over the defaults as changes, so leaving still asks. */
  restoredValues: Values | undefined;
  draft: { key: string; storage: Storage; extra?: Extra };
  /** Saves; throws what the request threw. Calls `finish()` once saved. */
  save: (values: Values) => Promise<void>;
};

/**
 * What the create and edit forms share: react-hook-form over the contract's schema, the draft kept in
 * storage, the leave guard, and a submit that keeps everything typed when saving fails (a 400's
 * messages land on their fields, anything else in the alert, and focus goes to what needs reading).
 */
export function useTicketFormHarness<Values extends FieldValues, Extra = undefined>({
  schema,
  defaultValues,
  restoredValues,
  draft: draftOptions,
  save,
}: HarnessOptions<Values, Extra>) {
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const focusFirstError = () => focusAfterRender(() => firstInvalidField(formRef.current));

  const form = useForm<Values>({
    resolver: zodResolver(schema) as Resolver<Values>,
    defaultValues: defaultValues as DefaultValues<Values>,
    mode: 'onTouched',
    shouldFocusError: false,
  });
  const { watch, reset, handleSubmit, setError, formState } = form;

  useEffect(() => {
    if (restoredValues) reset(restoredValues, { keepDefaultValues: true });
    // Only once, on arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const draft = useFormDraft({ ...draftOptions, watch, emptyValues: defaultValues });
  const [failure, setFailure] = useState<SubmitFailure | null>(null);
  const { blocker, allowLeaving } = useLeaveGuard(formState.isDirty);

  const onValid = async (values: Values) => {
    draft.flush();
    setFailure(null);
    try {
      await save(values);
    } catch (error) {
      const otherMessages = isApiError(error, 400)
        ? applyServerErrors(error, setError, Object.keys(defaultValues))
        : [];
      setFailure({ error, otherMessages });
      if (isApiError(error, 400) && otherMessages.length === 0) focusFirstError();
      else focusAfterRender(() => alertRef.current);
    }
  };
  const submit = (event?: BaseSyntheticEvent) => handleSubmit(onValid, focusFirstError)(event);

  /** Saved: the draft is done with, and the next navigation may leave the form. */
  const finish = () => {
    draft.clear();
    allowLeaving();
  };

  return {
    form,
    formRef,
    alertRef,
    draft,
    failure,
    clearFailure: () => setFailure(null),
    blocker,
    submit,
    finish,
  };
}

export type TicketFormHarness<Values extends FieldValues> = ReturnType<typeof useTicketFormHarness<Values>>;

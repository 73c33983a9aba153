import { Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormProvider, type FieldValues } from 'react-hook-form';
import { isSubmitShortcut } from '../formKeyboard.ts';
import classes from '../ticketForm.module.css';
import type { TicketFormHarness } from '../useTicketFormHarness.ts';
import { LeaveConfirmModal } from './LeaveConfirmModal.tsx';
import { SubmitErrorAlert } from './SubmitErrorAlert.tsx';

type TicketFormFrameProps<Values extends FieldValues> = {
  harness: TicketFormHarness<Values>;
  label: string;
  /** Whether a draft outlives leaving (the create form) or leaving drops the changes (the edit form). */
  draftKept: boolean;
  retrying: boolean;
  /** The fields. */
  children: ReactNode;
  /** Save, cancel and the like, under the failure alert. */
  actions: ReactNode;
};

/** The `<form>` of the create and edit pages: Ctrl+Enter submits, a failed save explains itself. */
export function TicketFormFrame<Values extends FieldValues>({
  harness,
  label,
  draftKept,
  retrying,
  children,
  actions,
}: TicketFormFrameProps<Values>) {
  const { form, formRef, alertRef, failure, blocker, submit, draft } = harness;
  return (
    <FormProvider {...form}>
      <form
        ref={formRef}
        className={classes.form}
        noValidate
        aria-label={label}
        onSubmit={(event) => void submit(event)}
        onKeyDown={(event) => {
          if (!isSubmitShortcut(event)) return;
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          {children}
          {failure && (
            <SubmitErrorAlert
              ref={alertRef}
              error={failure.error}
              otherMessages={failure.otherMessages}
              onRetry={() => void submit()}
              retrying={retrying}
            />
          )}
          {actions}
        </Stack>
      </form>
      <LeaveConfirmModal
        opened={blocker.state === 'blocked'}
        draftKept={draftKept}
        onStay={() => blocker.reset?.()}
        onLeave={() => {
          if (!draftKept) draft.clear();
          blocker.proceed?.();
        }}
      />
    </FormProvider>
  );
}

import { Button, VisuallyHidden, type ButtonProps } from '@mantine/core';
import { useId, type ReactNode } from 'react';

type UnavailableButtonProps = Omit<ButtonProps, 'disabled'> & {
  children: ReactNode;
  /** Why it cannot be used here (an [ext] upstream lacks): its title and its accessible description. */
  reason: string;
};

/**
 * A button for something upstream cannot do: it looks disabled but stays focusable (`data-disabled`,
 * `aria-disabled`), so a keyboard or screen-reader user meets the reason too, not only a mouse hovering.
 * A native `title` rather than Mantine's Tooltip: quick views are on the first screen, and the Tooltip
 * brings floating-ui with it.
 */
export function UnavailableButton({ children, reason, ...buttonProps }: UnavailableButtonProps) {
  const reasonId = useId();
  return (
    <>
      <Button
        {...buttonProps}
        data-disabled
        aria-disabled
        aria-describedby={reasonId}
        title={reason}
        onClick={(event) => event.preventDefault()}
      >
        {children}
      </Button>
      <VisuallyHidden id={reasonId}>{reason}</VisuallyHidden>
    </>
  );
}

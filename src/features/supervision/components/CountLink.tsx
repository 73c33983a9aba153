import { Anchor, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

type CountLinkProps = {
  /** The ticket list of what the number counts; null when the list cannot show exactly those. */
  href: string | null;
  children: ReactNode;
  /** What the link opens, for screen readers (the visible number alone says too little). */
  label?: string;
  /** Shown on hover when there is no link. */
  unavailable?: string;
  fw?: number;
  size?: string;
};

/** A number that opens its tickets in the list. */
export function CountLink({ href, children, label, unavailable, fw, size }: CountLinkProps) {
  if (href === null)
    return (
      <Text span fw={fw} size={size} title={unavailable}>
        {children}
      </Text>
    );
  return (
    <Anchor component={Link} to={href} aria-label={label} fw={fw} size={size} underline="hover">
      {children}
    </Anchor>
  );
}

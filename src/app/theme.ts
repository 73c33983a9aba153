import { createTheme, localStorageColorSchemeManager } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'md',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  // A visible ring whenever the keyboard moves focus, never on mouse clicks.
  focusRing: 'auto',
  cursorType: 'pointer',
});

export const colorSchemeManager = localStorageColorSchemeManager({ key: 'apizee.color-scheme' });

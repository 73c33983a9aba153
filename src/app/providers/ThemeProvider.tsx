import { MantineContext, MantineThemeProvider, useProviderColorScheme } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import { colorSchemeManager, theme } from '../theme.ts';

const getRootElement = () => document.documentElement;

/**
 * What MantineProvider does for this app, minus generating the theme's CSS variables and
 * breakpoint classes in the browser: those are static, in themeVariables.css (kept equal to
 * Mantine's output by themeVariables.test.tsx), so Mantine's variables machinery stays out of the
 * first load. The colour scheme is still Mantine's: remembered, `auto` following the system.
 */
export function ThemeProvider({ children }: { children: ReactNode }) {
  const { colorScheme, setColorScheme, clearColorScheme } = useProviderColorScheme({
    defaultColorScheme: 'auto',
    forceColorScheme: undefined,
    manager: colorSchemeManager,
    getRootElement,
  });
  const context = useMemo(
    () => ({
      colorScheme,
      setColorScheme,
      clearColorScheme,
      getRootElement,
      classNamesPrefix: 'mantine',
      cssVariablesSelector: ':root',
      withStaticClasses: true,
    }),
    [colorScheme, setColorScheme, clearColorScheme],
  );
  return (
    <MantineContext value={context}>
      <MantineThemeProvider theme={theme}>{children}</MantineThemeProvider>
    </MantineContext>
  );
}

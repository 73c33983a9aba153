import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import { colorSchemeManager, cssVariablesResolver, theme } from './theme.ts';

type NodeFs = { readFileSync: (file: string, encoding: 'utf8') => string };

/**
 * Read from disk (relative to the project root, where vitest runs): vitest hands CSS imports to
 * tests as empty modules, even with `?raw`. The module name is built at run time so that the
 * browser type-check, which has no Node types, leaves it alone.
 */
async function themeVariablesCss(): Promise<string> {
  const fs = (await import(/* @vite-ignore */ `node:${'fs'}`)) as NodeFs;
  return fs.readFileSync('src/app/themeVariables.css', 'utf8');
}

/** The CSS MantineProvider writes into the page for this theme: variables, then breakpoint classes. */
function mantineGeneratedCss(): string {
  const { container } = render(
    <MantineProvider
      theme={theme}
      defaultColorScheme="auto"
      colorSchemeManager={colorSchemeManager}
      cssVariablesResolver={cssVariablesResolver}
    >
      <span />
    </MantineProvider>,
  );
  return [...container.querySelectorAll('style[data-mantine-styles]')]
    .map((style) => style.innerHTML)
    .join('\n');
}

/** Comments, layout and quote style aside (the file is formatted by Prettier). */
function normalize(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/'/g, '"')
    .replace(/\s+/g, '');
}

describe('themeVariables.css', () => {
  it('holds what MantineProvider would generate for theme.ts (on failure, paste the expected CSS)', async () => {
    const generated = mantineGeneratedCss();
    expect(normalize(await themeVariablesCss()), generated).toBe(normalize(generated));
  });
});

import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { colorSchemeManager, cssVariablesResolver, theme } from './theme.ts';

// Read from disk: vitest hands CSS imports to the test as empty modules, even with `?raw`.
const themeVariablesCss = readFileSync(path.resolve('src/app/themeVariables.css'), 'utf8');

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
  it('holds what MantineProvider would generate for theme.ts (on failure, paste the expected CSS)', () => {
    const generated = mantineGeneratedCss();
    expect(normalize(themeVariablesCss), generated).toBe(normalize(generated));
  });
});

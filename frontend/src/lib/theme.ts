import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/**
 * Relay's look, held to WCAG AA contrast (4.5:1 for text): the primary colour in its darkest shade
 * (white on it, and it on white or on its own light tint, stay readable), and dimmed text darker
 * than Mantine's default grey (3.3:1 on white).
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 9, dark: 8 },
});

export const cssVariables: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: {},
});

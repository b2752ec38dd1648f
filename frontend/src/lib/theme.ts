import { createTheme, DEFAULT_THEME, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

/** A Mantine palette with its darkest shade replaced: the one Relay writes text and outlines in. */
function darkest(palette: MantineColorsTuple, shade9: string): MantineColorsTuple {
  return [...palette.slice(0, 9), shade9] as unknown as MantineColorsTuple;
}

/**
 * Relay's look, held to WCAG AA contrast (4.5:1 for text): the primary colour in its darkest shade
 * (white on it, and it on white or on its own light tint, stay readable), and dimmed text darker
 * than Mantine's default grey (3.3:1 on white). Mantine's darkest green and orange reach only 4.4:1
 * and 4.3:1 on white, less on a striped or hovered table row, and its teal falls just under 4.5:1 on a hovered row:
 * they are darkened.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 9, dark: 8 },
  colors: {
    green: darkest(DEFAULT_THEME.colors.green, '#1e6b30'),
    orange: darkest(DEFAULT_THEME.colors.orange, '#b03a05'),
    teal: darkest(DEFAULT_THEME.colors.teal, '#076d4f'),
  },
});

export const cssVariables: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: {},
});

import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { AccountClosingBadge } from './AccountClosingBadge';

describe('AccountClosingBadge', () => {
  it('says when Keycloak still has to be told, why, and that Relay keeps trying', () => {
    renderWithProviders(<AccountClosingBadge closing={{
      state: 'retrying', attempts: 3, lastError: 'Keycloak could not answer', nextAttemptAt: '2026-11-26T22:30:00Z',
    }} />);
    const badge = screen.getByTestId('account-closing');
    expect(badge).toHaveTextContent('Keycloak account still open: retrying');
    expect(badge).toHaveAttribute('aria-description', expect.stringContaining('3 attempts; last: Keycloak could not answer'));
  });

  it('shows a closed account quietly, and nothing before anyone left', () => {
    const { rerender } = renderWithProviders(<AccountClosingBadge closing={{ state: 'closed', attempts: 1 }} />);
    expect(screen.getByTestId('account-closing')).toHaveTextContent('Keycloak account closed');
    rerender(<AccountClosingBadge closing={null} />);
    expect(screen.queryByTestId('account-closing')).not.toBeInTheDocument();
  });
});

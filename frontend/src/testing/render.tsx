import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { cssVariables, theme } from '@/lib/theme';

/**
 * Renders a component with the providers the app gives it, and a fresh query cache; `route` is the URL shown.
 * Sections get the confirmations their page provides; a page that provides its own says `modals: false`.
 */
export function renderWithProviders(ui: ReactElement, { route = '/', modals = true }: { route?: string; modals?: boolean } = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const routed = <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>;
  return render(
    <MantineProvider theme={theme} cssVariablesResolver={cssVariables}>
      <QueryClientProvider client={queryClient}>
        {modals ? <ModalsProvider>{routed}</ModalsProvider> : routed}
      </QueryClientProvider>
    </MantineProvider>,
  );
}

/** A JSON response as the API would send it. */
export function jsonResponse(status: number, body: unknown, contentType = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

/** /api/v1/me of a user who may write every field, for component tests. */
export const ME_WRITER = {
  id: 'u', username: 'sam', name: 'Sam Rusu', roles: ['sales-manager'], teams: ['north'],
  capabilities: ['clients.delete'],
  fields: Object.fromEntries([
    ...['name', 'taxId', 'kind', 'industry', 'country', 'region', 'city', 'address', 'website', 'lifecycle', 'segment',
      'ownerId', 'coOwnerId', 'team', 'tags', 'notes', 'attributes', 'stageId', 'qualification', 'nextStep']
      .map((f) => `client.${f}`),
    ...['fullName', 'position', 'functions', 'channels', 'preferredChannel', 'birthday', 'hobbies', 'familyNotes',
      'consent', 'language'].map((f) => `contact.${f}`),
    'handover.stateOfWork', 'handover.urgentMatters', 'order.amount', 'order.lines',
  ].map((key) => [key, 'write'])),
};

const segment = (key: string, rank: number, en: string, colour: string, supervised: boolean) => ({
  id: `5e000000-0000-4000-8000-00000000000${rank}`, key, names: { en, ro: `${en} (ro)` }, rank, colour,
  rule: { kind: 'manual' }, supervised, updatedAt: '2026-11-01T00:00:00Z', updatedBy: 'system', version: 0,
});

/** The company's segments as shipped, answered to every component that shows one. */
export const SHIPPED_SEGMENTS = [
  segment('vip', 1, 'VIP', '#862e9c', true), segment('key', 2, 'Key', '#364fc7', true),
  segment('medium', 3, 'Medium', '#0b7285', false), segment('outsider', 4, 'Outsider', '#343a40', false),
];

const stage = (n: number, key: string, en: string, phase: string) => ({
  id: `57000000-0000-4000-8000-00000000000${n}`, key, names: { en, ro: `${en} (ro)` }, phase, position: n * 10,
  updatedAt: '2026-11-01T00:00:00Z', updatedBy: 'system', version: 0,
});

/** The conveyor's stages as shipped. */
export const SHIPPED_STAGES = [
  stage(1, 'new-lead', 'New lead', 'lead'), stage(2, 'contacted', 'Contacted', 'lead'),
  stage(3, 'qualified', 'Qualified', 'sales'), stage(4, 'meeting-agreed', 'Meeting agreed', 'sales'),
  stage(5, 'proposal', 'Proposal', 'sales'), stage(6, 'agreed-to-sign', 'Agreed to sign', 'sales'),
  stage(7, 'first-contract', 'First contract', 'account'), stage(8, 'regular-customer', 'Regular customer', 'account'),
  stage(9, 'lost', 'Lost', 'lost'),
];

/** A fetch stub that also answers the shipped segments and stages, as every page showing a client asks for them. */
export function withSegments(stub: (request: Request) => Response | Promise<Response>) {
  return async (request: Request) => {
    const path = new URL(request.url).pathname;
    if (path === '/api/v1/segments') return jsonResponse(200, { items: SHIPPED_SEGMENTS });
    if (path === '/api/v1/pipeline/stages') return jsonResponse(200, { items: SHIPPED_STAGES });
    return stub(request);
  };
}

/**
 * Answers fetches by method and path (`GET /api/v1/me`); anything unexpected fails the test loudly. The shipped
 * segments and stages are answered unless a test says otherwise.
 */
export function routeFetch(routes: Record<string, (request: Request) => Response | Promise<Response>>) {
  const requests: Request[] = [];
  const answers: typeof routes = {
    'GET /api/v1/segments': () => jsonResponse(200, { items: SHIPPED_SEGMENTS }),
    'GET /api/v1/pipeline/stages': () => jsonResponse(200, { items: SHIPPED_STAGES }),
    // Handing-on rules: only supervisors have any.
    'GET /api/v1/pipeline/routing': () => jsonResponse(200, { items: [] }),
    ...routes,
  };
  const handler = async (request: Request) => {
    requests.push(request.clone());
    const url = new URL(request.url);
    const route = answers[`${request.method} ${url.pathname}`];
    if (!route) throw new Error(`unexpected request ${request.method} ${url.pathname}`);
    return route(request);
  };
  return { handler, requests };
}

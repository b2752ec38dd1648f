import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './print.css';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { createQueryClient } from '@/lib/query-client';
import { cssVariables, theme } from '@/lib/theme';
import '@/lib/i18n';
import { Layout } from './Layout';
import { PageLoader } from './PageLoader';

// Each page is fetched when first visited: the first paint carries only the frame and what every page shares.
const router = createBrowserRouter([
  {
    element: <Layout />,
    hydrateFallbackElement: <PageLoader />,
    children: [
      { index: true, lazy: async () => ({ Component: (await import('./routes/HomeRoute')).HomeRoute }) },
      { path: 'clients', lazy: async () => ({ Component: (await import('./routes/ClientsRoute')).ClientsRoute }) },
      { path: 'clients/:id', lazy: async () => ({ Component: (await import('./routes/ClientRoute')).ClientRoute }) },
      {
        path: 'people/impact',
        lazy: async () => ({ Component: (await import('@/features/people/components/ImpactPage')).ImpactPage }),
      },
      {
        path: 'people/:id/profile',
        lazy: async () => ({ Component: (await import('@/features/people/components/ProfilePage')).ProfilePage }),
      },
      { path: 'people', lazy: async () => ({ Component: (await import('./routes/PeopleRoute')).PeopleRoute }) },
      {
        path: 'handovers',
        lazy: async () => ({ Component: (await import('@/features/handovers/components/HandoversPage')).HandoversPage }),
      },
      {
        path: 'handovers/:id/document',
        lazy: async () => ({
          Component: (await import('@/features/handovers/components/HandoverDocument')).HandoverDocument,
        }),
      },
      {
        path: 'handovers/:id',
        lazy: async () => ({ Component: (await import('@/features/handovers/components/HandoverPage')).HandoverPage }),
      },
      {
        path: 'segments',
        lazy: async () => ({ Component: (await import('@/features/segments/components/SegmentsPage')).SegmentsPage }),
      },
      {
        path: 'admin/fields',
        lazy: async () => ({ Component: (await import('@/features/admin/components/FieldPolicyGrid')).FieldPolicyGrid }),
      },
      {
        path: 'admin/letters',
        lazy: async () => ({
          Component: (await import('@/features/letters/components/LetterTemplatesPage')).LetterTemplatesPage,
        }),
      },
      {
        path: 'reports/attribution',
        lazy: async () => ({
          Component: (await import('@/features/attribution/components/AttributionPage')).AttributionPage,
        }),
      },
      { path: 'audit', lazy: async () => ({ Component: (await import('@/features/audit/components/AuditPage')).AuditPage }) },
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
]);

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariables}>
      <Notifications />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}

import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { FieldPolicyGrid } from '@/features/admin/components/FieldPolicyGrid';
import { AuditPage } from '@/features/audit/components/AuditPage';
import { ClientsPage } from '@/features/clients/components/ClientsPage';
import { PeoplePage } from '@/features/people/components/PeoplePage';
import { createQueryClient } from '@/lib/query-client';
import { cssVariables, theme } from '@/lib/theme';
import '@/lib/i18n';
import { Layout } from './Layout';
import { ClientRoute } from './routes/ClientRoute';

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <Navigate to="/clients" replace /> },
      { path: 'clients', element: <ClientsPage /> },
      { path: 'clients/:id', element: <ClientRoute /> },
      { path: 'people', element: <PeoplePage /> },
      { path: 'admin/fields', element: <FieldPolicyGrid /> },
      { path: 'audit', element: <AuditPage /> },
      { path: '*', element: <Navigate to="/clients" replace /> },
    ],
  },
]);

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariables}>
      <Notifications />
      <QueryClientProvider client={queryClient}>
        <ModalsProvider>
          <RouterProvider router={router} />
        </ModalsProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}

/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The SPA talks to /api on its own origin; the dev server and `vite preview` proxy it to the backend.
const port = Number(process.env.SPA_PORT ?? 5173);
const proxy = { '/api': { target: process.env.RELAY_API_URL ?? 'http://localhost:8080', changeOrigin: false } };

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@': new URL('./src', import.meta.url).pathname } },
  server: { port, strictPort: true, proxy },
  preview: { port, strictPort: true, proxy },
  // Libraries change less often than the app: separate chunks stay cached across releases.
  build: {
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
            { name: 'mantine', test: /node_modules[\\/](@mantine|@floating-ui)[\\/]/ },
            { name: 'vendor', test: /node_modules/ },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
  },
});

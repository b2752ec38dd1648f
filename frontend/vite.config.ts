/// <reference types="vitest/config" />
import { existsSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// The SPA talks to /api on its own origin; the dev server and `vite preview` proxy it to the backend.
const port = Number(process.env.SPA_PORT ?? 5173);
const proxy = { '/api': { target: process.env.RELAY_API_URL ?? 'http://localhost:8080', changeOrigin: false } };

/**
 * The headers nginx sets in the docker deployment (infra/nginx/relay.conf.template), for `vite preview`:
 * the browser tests then run under the same Content-Security-Policy as production.
 * keycloak-js calls Keycloak (connect-src) and may use its iframes (frame-src); Mantine injects inline styles.
 */
function spaHeaders(keycloakUrl: string): Plugin {
  const keycloak = new URL(keycloakUrl).origin;
  const csp = (frameAncestors: string) =>
    [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      `connect-src 'self' ${keycloak}`,
      `frame-src 'self' ${keycloak}`,
      `form-action 'self' ${keycloak}`,
      `frame-ancestors ${frameAncestors}`,
      "object-src 'none'",
      "base-uri 'self'",
    ].join('; ');
  return {
    name: 'relay-spa-headers',
    configurePreviewServer(server) {
      const outDir = path.resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((req, res, next) => {
        const pathname = (req.url ?? '/').split('?')[0];
        // API responses carry the backend's own headers.
        if (pathname.startsWith('/api/')) return next();
        // keycloak-js frames the silent check-sso page from the app itself; nothing else may be framed.
        res.setHeader('Content-Security-Policy', csp(pathname === '/silent-check-sso.html' ? "'self'" : "'none'"));
        res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
        res.setHeader('X-Content-Type-Options', 'nosniff');
        // Hashed file names change with their content: cache them for good, but never a 404 in their place.
        if (pathname.startsWith('/assets/') && isFileIn(outDir, pathname)) {
          res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
          // Vite's preview gzips these; a shared cache must not hand the gzip to a client that did not ask for it.
          res.setHeader('Vary', [res.getHeader('Vary'), 'Accept-Encoding'].filter(Boolean).join(', '));
        } else {
          res.setHeader('Cache-Control', 'no-cache');
        }
        next();
      });
    },
  };
}

function isFileIn(dir: string, pathname: string): boolean {
  try {
    const file = path.join(dir, decodeURIComponent(pathname));
    return file.startsWith(dir + path.sep) && existsSync(file);
  } catch {
    return false; // malformed escapes
  }
}

export default defineConfig({
  // The project keeps no .env files: the environment gives the URL that is built into the bundle (src/lib/keycloak.ts).
  plugins: [react(), spaHeaders(process.env.VITE_KEYCLOAK_URL ?? 'http://localhost:8180')],
  resolve: { alias: { '@': new URL('./src', import.meta.url).pathname } },
  server: { port, strictPort: true, proxy },
  preview: { port, strictPort: true, proxy },
  // React changes less often than the app: its own chunk stays cached across releases. Mantine is left to
  // follow the pages that use it, so the first paint does not carry every component of every page.
  build: {
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ }],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    // Component tests drive a whole page through user events: on a busy two-core machine 5 s is too tight.
    testTimeout: 20_000,
  },
});

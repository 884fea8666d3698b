import react from '@vitejs/plugin-react';
import { firstLoadPlugin } from '@navette/ui/vite-first-load';
import { precompressPlugin } from '@navette/ui/vite-precompress';
import { defineConfig } from 'vite';

// The gateway serves this portal under /prescripteur/ and the API at same-origin /graphql.
const api = { '/graphql': { target: process.env.NAVETTE_API_URL ?? 'http://127.0.0.1:4000', changeOrigin: true } };

export default defineConfig({
  base: '/prescripteur/',
  // Brotli and gzip copies of the build, served by the gateway (apps/gateway/src/static-assets.ts).
  // The build fails if Apollo Client, graphql or RxJS enter what the sign-in page loads (vite-first-load.ts).
  plugins: [react(), firstLoadPlugin(), precompressPlugin()],
  // One copy of each stateful library, even when @navette/ui resolves them from its own folder.
  resolve: { dedupe: ['react', 'react-dom', 'react-router', '@apollo/client', '@codegouvfr/react-dsfr', 'graphql'] },
  server: { port: 5173, proxy: api },
  preview: { port: 5173, proxy: api },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1000 },
});

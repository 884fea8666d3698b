// Typed documents for the shared screens of @navette/ui (client preset, persisted document hashes).
// The portals that use these screens also list these .graphql files in their own codegen, so each
// portal's persisted-documents.json holds every operation it may send.
import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

const config: CodegenConfig = {
  schema: '../../apps/gateway/schema.graphql',
  documents: ['src/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    './src/generated/': {
      preset: 'client',
      presetConfig: { persistedDocuments: true, fragmentMasking: false },
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { Date: 'string', DateTime: 'string' } },
      documentTransforms: [addTypenameSelectionDocumentTransform],
    },
  },
};

export default config;

// Typed documents (client preset) with a hash per document: src/generated/persisted-documents.json
// is the list of operations this portal may send (persisted documents, STYLE §8).
// The shared screens of @navette/ui this portal shows send their own operations: listing their
// documents here puts them in this portal's persisted-documents.json too.
import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

const config: CodegenConfig = {
  schema: '../gateway/schema.graphql',
  // Not the prescribing screens (prescripteurs and agences only: an SIAE's token never sends them).
  documents: [
    'src/**/*.graphql',
    '../../packages/ui/src/**/*.graphql',
    '!../../packages/ui/src/features/prescribing/*.graphql',
  ],
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

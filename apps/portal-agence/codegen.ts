// Typed documents (client preset) with a hash per document: src/generated/persisted-documents.json
// is the list of operations this portal may send (persisted documents, STYLE §8).
// The sign-in, renewal and sign-out operations of @navette/ui are sent by every portal: they are listed here too.
import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

const config: CodegenConfig = {
  schema: '../gateway/schema.graphql',
  documents: [
    'src/**/*.graphql',
    '../../packages/ui/src/session/*.graphql',
    '../../packages/ui/src/features/own-indicators/*.graphql',
    '../../packages/ui/src/features/pending-work/*.graphql',
    '../../packages/ui/src/features/password-reset/*.graphql',
    '../../packages/ui/src/features/notifications/*.graphql',
    // The agence as prescripteur and orienteur (issue 18 §2).
    '../../packages/ui/src/features/prescribing/*.graphql',
    '../../packages/ui/src/features/orientation/*.graphql',
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

// Signing keys of the access tokens (Ed25519). Only the sign-in subgraph (structures) holds the private key; the
// gateway and the other subgraphs verify with the public key.
import { derivePublicKeyPem, generateSigningKeys, type SigningKeys } from '@navette/auth';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Embedded mode: the keys live beside the data (mode 0600), made at the first start. */
export function loadOrCreateSigningKeys(file: string): SigningKeys {
  if (existsSync(file)) {
    const privateKeyPem = readFileSync(file, 'utf8');
    return { privateKeyPem, publicKeyPem: derivePublicKeyPem(privateKeyPem) };
  }
  const keys = generateSigningKeys();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, keys.privateKeyPem, { mode: 0o600 });
  chmodSync(file, 0o600);
  return keys;
}

/** Server mode: PEM text from the environment (`\n` escapes accepted, for one-line variables). */
export function pemFromEnvironment(value: string | undefined): string | undefined {
  return value?.replace(/\\n/g, '\n');
}

// The public schema against the last release (issue 15, item 3), the descriptions and the deprecation dates; and the
// same checks on deliberately broken in-memory schemas, so that they are known to fail.
import { readFileSync } from 'node:fs';
import { Kind, buildSchema, parse, print, visit, type NamedTypeNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  BreakingChangesFile,
  deprecationDate,
  schemaChanges,
  undatedDeprecations,
  undeclaredBreakingChanges,
  unusedDeclarations,
} from './schema-changes.js';
import { renderChangelog } from './changelog.js';
import { missingDescriptions, renderReference } from './schema-reference.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const current = read('schema.graphql');
const release = read('schema/public.graphql');
const declarations = BreakingChangesFile.parse(JSON.parse(read('schema/breaking-changes.json')));

describe('the public schema against the last release', () => {
  it('has no breaking change that is not declared in schema/breaking-changes.json', async () => {
    const changes = await schemaChanges(release, current);
    const undeclared = undeclaredBreakingChanges(changes, declarations.declared);
    expect(
      undeclared.map((change) => `${change.type} ${change.path}: ${change.message}`),
      'Breaking change(s) of the public API: undo them, or declare each in apps/gateway/schema/breaking-changes.json ' +
        '({ "type", "path", "reason", "date" }) and tell the API clients.',
    ).toEqual([]);
    expect(unusedDeclarations(changes, declarations.declared), 'declared breaking changes that did not happen').toEqual(
      [],
    );
  });

  it('dates every deprecation: @deprecated(reason: "… (depuis le AAAA-MM-JJ)")', () => {
    expect(undatedDeprecations(buildSchema(current))).toEqual([]);
  });

  it('announces the single spelling in the changelog, with the error reason kept as it is', async () => {
    const html = await renderChangelog([]);
    expect(html).toContain('Orthographe unique « organisation »');
    expect(html).toContain('<code>PRESCRIBER_ORGANIZATION_NOT_FOUND</code>');
    expect(current).toContain('interface PrescriberOrganization');
  });

  it('describes every public type, field, argument and enum value', () => {
    expect(missingDescriptions(buildSchema(current))).toEqual([]);
  });
});

describe('a deliberate breaking change, in memory', () => {
  let inQuery = false;
  // A field removed, an argument made required and an enum value removed: three breaking changes.
  const broken = print(
    visit(parse(current), {
      ObjectTypeDefinition: {
        enter: (type) => {
          inQuery = type.name.value === 'Query';
        },
      },
      FieldDefinition: (field, _key, _parent, _path, ancestors) =>
        field.name.value === 'postcode' && (ancestors.at(-1) as { name?: { value: string } }).name?.value === 'Siae'
          ? null
          : undefined,
      InputValueDefinition: (argument, _key, _parent, _path, ancestors) =>
        inQuery &&
        argument.name.value === 'first' &&
        (ancestors.at(-1) as { name?: { value: string } }).name?.value === 'siaes'
          ? { ...argument, type: { kind: Kind.NON_NULL_TYPE, type: argument.type as NamedTypeNode } }
          : undefined,
      EnumValueDefinition: (value) => (value.name.value === 'DROPPED' ? null : undefined),
    }),
  );

  it('is caught, one change per break', async () => {
    expect(broken).not.toBe(current);
    const undeclared = undeclaredBreakingChanges(await schemaChanges(release, broken), []);
    expect(undeclared.map((change) => [change.type, change.path])).toEqual(
      expect.arrayContaining([
        ['FIELD_REMOVED', 'Siae.postcode'],
        ['FIELD_ARGUMENT_TYPE_CHANGED', 'Query.siaes.first'],
        ['ENUM_VALUE_REMOVED', 'RoadmapStatus.DROPPED'],
      ]),
    );
  });

  it('passes once each is declared with a reason and a date, and only those', async () => {
    const changes = await schemaChanges(release, broken);
    const declared = BreakingChangesFile.parse({
      release: '2026-12-02',
      declared: [
        {
          type: 'FIELD_REMOVED',
          path: 'Siae.postcode',
          reason: 'Le code postal est remplacé par la commune.',
          date: '2027-01-15',
        },
        {
          type: 'FIELD_ARGUMENT_TYPE_CHANGED',
          path: 'Query.siaes.first',
          reason: 'La taille de page devient obligatoire.',
          date: '2027-01-15',
        },
      ],
    }).declared;
    expect(
      undeclaredBreakingChanges(changes, [...declarations.declared, ...declared]).map((change) => change.path),
    ).toEqual(['RoadmapStatus.DROPPED']);
  });

  it('refuses a declaration without a reason or with an impossible date', () => {
    const entry = {
      type: 'FIELD_REMOVED',
      path: 'Siae.postcode',
      reason: 'Le code postal est remplacé.',
      date: '2027-02-30',
    };
    expect(BreakingChangesFile.safeParse({ release: 'x', declared: [entry] }).success).toBe(false);
    expect(
      BreakingChangesFile.safeParse({ release: 'x', declared: [{ ...entry, date: '2027-02-28', reason: '' }] }).success,
    ).toBe(false);
  });

  it('lets an added field or a dated deprecation through, and catches an undated one', async () => {
    const added = current.replace(
      /^ {2}postcode: String!\n/m,
      '  postcode: String!\n  "Site web."\n  website: String\n',
    );
    expect(undeclaredBreakingChanges(await schemaChanges(release, added), declarations.declared)).toEqual([]);

    const dated = current.replace(
      /^ {2}postcode: String!\n/m,
      '  postcode: String! @deprecated(reason: "Utilisez `city` (depuis le 2026-12-02).")\n',
    );
    expect(undatedDeprecations(buildSchema(dated))).toEqual([]);
    const undated = current.replace(
      /^ {2}postcode: String!\n/m,
      '  postcode: String! @deprecated(reason: "Utilisez `city`.")\n',
    );
    expect(undatedDeprecations(buildSchema(undated))).toEqual(['Siae.postcode']);
    expect(deprecationDate('Utilisez `city` (depuis le 2026-13-01).')).toBeNull();
  });
});

describe('the description check and the reference', () => {
  it('names each undescribed member', () => {
    const schema = buildSchema(`
      "Racine." type Query { "Un champ." described(arg: Int): Thing undescribed: Int }
      type Thing { "Nom." name: String }
      "États." enum State { "Ouvert." OPEN CLOSED }`);
    expect(missingDescriptions(schema)).toEqual(['Query.described(arg)', 'Query.undescribed', 'State.CLOSED', 'Thing']);
  });

  it('shows the scopes of each type and field, and escapes the descriptions', () => {
    const supergraph = read('supergraph.graphql');
    const html = renderReference(current, supergraph);
    expect(html).toContain('<html lang="fr">');
    expect(html).toMatch(/id="t-Siae"[\s\S]*?Autorisation : <code class="scope">directory:read<\/code>/);
    expect(html).toMatch(/id="t-Query-people"[\s\S]*?<code class="scope">persons:read<\/code>/);
    expect(html).not.toMatch(/<script/);
    const hostile = renderReference(
      '"<img src=x onerror=alert(1)>" type Query { "ok" a: Int }',
      'type Query { a: Int }',
    );
    expect(hostile).not.toContain('<img');
    expect(hostile).toContain('&lt;img');
  });
});

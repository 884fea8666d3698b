/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query OwnIndicators($filter: IndicatorFilter!) {\n  indicators(filter: $filter) {\n    id\n    label\n    fiche\n    reference\n    unit\n    source\n    definition\n    dimensions\n    computable\n    note\n    rows {\n      departement {\n        code\n        name\n      }\n      siaeKind\n      value\n      people\n      masked\n    }\n  }\n}\n\nquery OwnApprovalStatistics($from: Date, $to: Date) {\n  approvalStatistics(from: $from, to: $to) {\n    rows {\n      departement {\n        code\n        name\n      }\n      siaeKind\n      requests\n      granted\n      refused\n      tacitlyGranted\n      pending\n      suspensions\n      prolongations\n      extensions\n    }\n    refusalsByReason {\n      reason {\n        code\n        label\n      }\n      count\n    }\n  }\n}": typeof types.OwnIndicatorsDocument,
    "query PendingWork {\n  pendingWork {\n    viewerId\n    total\n    incomplete\n    counts {\n      kind\n      label\n      count\n    }\n    items {\n      kind\n      label\n      dueOn\n      daysLeft\n      daysLeftInWorkingDays\n      link\n    }\n  }\n}": typeof types.PendingWorkDocument,
    "query SiaeDirectory($first: Int!, $after: String, $filter: SiaeFilter) {\n  siaes(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        name\n        kind\n        city\n        postcode\n        departement {\n          code\n          name\n        }\n        agency {\n          id\n          name\n        }\n      }\n    }\n  }\n}\n\nquery SiaeDirectoryDepartements {\n  departements {\n    code\n    name\n  }\n}": typeof types.SiaeDirectoryDocument,
    "mutation SignIn($email: String!, $password: String!) {\n  signIn(email: $email, password: $password) {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    viewer {\n      id\n      email\n      displayName\n      role\n      roleLabel\n      organisation {\n        kind\n        id\n        name\n      }\n    }\n  }\n}\n\nmutation RenewSession($refreshToken: String!) {\n  renewSession(refreshToken: $refreshToken) {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    viewer {\n      id\n      email\n      displayName\n      role\n      roleLabel\n      organisation {\n        kind\n        id\n        name\n      }\n    }\n  }\n}\n\nmutation SignOut($refreshToken: String!) {\n  signOut(refreshToken: $refreshToken)\n}": typeof types.SignInDocument,
};
const documents: Documents = {
    "query OwnIndicators($filter: IndicatorFilter!) {\n  indicators(filter: $filter) {\n    id\n    label\n    fiche\n    reference\n    unit\n    source\n    definition\n    dimensions\n    computable\n    note\n    rows {\n      departement {\n        code\n        name\n      }\n      siaeKind\n      value\n      people\n      masked\n    }\n  }\n}\n\nquery OwnApprovalStatistics($from: Date, $to: Date) {\n  approvalStatistics(from: $from, to: $to) {\n    rows {\n      departement {\n        code\n        name\n      }\n      siaeKind\n      requests\n      granted\n      refused\n      tacitlyGranted\n      pending\n      suspensions\n      prolongations\n      extensions\n    }\n    refusalsByReason {\n      reason {\n        code\n        label\n      }\n      count\n    }\n  }\n}": types.OwnIndicatorsDocument,
    "query PendingWork {\n  pendingWork {\n    viewerId\n    total\n    incomplete\n    counts {\n      kind\n      label\n      count\n    }\n    items {\n      kind\n      label\n      dueOn\n      daysLeft\n      daysLeftInWorkingDays\n      link\n    }\n  }\n}": types.PendingWorkDocument,
    "query SiaeDirectory($first: Int!, $after: String, $filter: SiaeFilter) {\n  siaes(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        name\n        kind\n        city\n        postcode\n        departement {\n          code\n          name\n        }\n        agency {\n          id\n          name\n        }\n      }\n    }\n  }\n}\n\nquery SiaeDirectoryDepartements {\n  departements {\n    code\n    name\n  }\n}": types.SiaeDirectoryDocument,
    "mutation SignIn($email: String!, $password: String!) {\n  signIn(email: $email, password: $password) {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    viewer {\n      id\n      email\n      displayName\n      role\n      roleLabel\n      organisation {\n        kind\n        id\n        name\n      }\n    }\n  }\n}\n\nmutation RenewSession($refreshToken: String!) {\n  renewSession(refreshToken: $refreshToken) {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    viewer {\n      id\n      email\n      displayName\n      role\n      roleLabel\n      organisation {\n        kind\n        id\n        name\n      }\n    }\n  }\n}\n\nmutation SignOut($refreshToken: String!) {\n  signOut(refreshToken: $refreshToken)\n}": types.SignInDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OwnIndicators($filter: IndicatorFilter!) {\n  indicators(filter: $filter) {\n    id\n    label\n    fiche\n    reference\n    unit\n    source\n    definition\n    dimensions\n    computable\n    note\n    rows {\n      departement {\n        code\n        name\n      }\n      siaeKind\n      value\n      people\n      masked\n    }\n  }\n}\n\nquery OwnApprovalStatistics($from: Date, $to: Date) {\n  approvalStatistics(from: $from, to: $to) {\n    rows {\n      departement {\n        code\n        name\n      }\n      siaeKind\n      requests\n      granted\n      refused\n      tacitlyGranted\n      pending\n      suspensions\n      prolongations\n      extensions\n    }\n    refusalsByReason {\n      reason {\n        code\n        label\n      }\n      count\n    }\n  }\n}"): (typeof documents)["query OwnIndicators($filter: IndicatorFilter!) {\n  indicators(filter: $filter) {\n    id\n    label\n    fiche\n    reference\n    unit\n    source\n    definition\n    dimensions\n    computable\n    note\n    rows {\n      departement {\n        code\n        name\n      }\n      siaeKind\n      value\n      people\n      masked\n    }\n  }\n}\n\nquery OwnApprovalStatistics($from: Date, $to: Date) {\n  approvalStatistics(from: $from, to: $to) {\n    rows {\n      departement {\n        code\n        name\n      }\n      siaeKind\n      requests\n      granted\n      refused\n      tacitlyGranted\n      pending\n      suspensions\n      prolongations\n      extensions\n    }\n    refusalsByReason {\n      reason {\n        code\n        label\n      }\n      count\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PendingWork {\n  pendingWork {\n    viewerId\n    total\n    incomplete\n    counts {\n      kind\n      label\n      count\n    }\n    items {\n      kind\n      label\n      dueOn\n      daysLeft\n      daysLeftInWorkingDays\n      link\n    }\n  }\n}"): (typeof documents)["query PendingWork {\n  pendingWork {\n    viewerId\n    total\n    incomplete\n    counts {\n      kind\n      label\n      count\n    }\n    items {\n      kind\n      label\n      dueOn\n      daysLeft\n      daysLeftInWorkingDays\n      link\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SiaeDirectory($first: Int!, $after: String, $filter: SiaeFilter) {\n  siaes(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        name\n        kind\n        city\n        postcode\n        departement {\n          code\n          name\n        }\n        agency {\n          id\n          name\n        }\n      }\n    }\n  }\n}\n\nquery SiaeDirectoryDepartements {\n  departements {\n    code\n    name\n  }\n}"): (typeof documents)["query SiaeDirectory($first: Int!, $after: String, $filter: SiaeFilter) {\n  siaes(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        name\n        kind\n        city\n        postcode\n        departement {\n          code\n          name\n        }\n        agency {\n          id\n          name\n        }\n      }\n    }\n  }\n}\n\nquery SiaeDirectoryDepartements {\n  departements {\n    code\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignIn($email: String!, $password: String!) {\n  signIn(email: $email, password: $password) {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    viewer {\n      id\n      email\n      displayName\n      role\n      roleLabel\n      organisation {\n        kind\n        id\n        name\n      }\n    }\n  }\n}\n\nmutation RenewSession($refreshToken: String!) {\n  renewSession(refreshToken: $refreshToken) {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    viewer {\n      id\n      email\n      displayName\n      role\n      roleLabel\n      organisation {\n        kind\n        id\n        name\n      }\n    }\n  }\n}\n\nmutation SignOut($refreshToken: String!) {\n  signOut(refreshToken: $refreshToken)\n}"): (typeof documents)["mutation SignIn($email: String!, $password: String!) {\n  signIn(email: $email, password: $password) {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    viewer {\n      id\n      email\n      displayName\n      role\n      roleLabel\n      organisation {\n        kind\n        id\n        name\n      }\n    }\n  }\n}\n\nmutation RenewSession($refreshToken: String!) {\n  renewSession(refreshToken: $refreshToken) {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    viewer {\n      id\n      email\n      displayName\n      role\n      roleLabel\n      organisation {\n        kind\n        id\n        name\n      }\n    }\n  }\n}\n\nmutation SignOut($refreshToken: String!) {\n  signOut(refreshToken: $refreshToken)\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
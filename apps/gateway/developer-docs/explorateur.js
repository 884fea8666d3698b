/* global document, fetch, performance */
// The explorer of /developpeurs (issue 15, item 2): a page of this origin (no CDN, no inline script: the gateway's CSP)
// that sends an API client's documents to /graphql with its token. Portal accounts cannot use it: their tokens send only
// their portal's persisted documents (apps/gateway/src/edge-documents.ts), and this page never uses the portals'
// session cookie (`credentials: 'omit'`).
const EXAMPLES = {
  siaes: {
    query: `query Siaes($first: Int, $after: String, $filter: SiaeFilter) {
  siaes(first: $first, after: $after, filter: $filter) {
    totalCount
    edges { node { id name kind city } }
    pageInfo { hasNextPage endCursor }
  }
}`,
    variables: { first: 5, filter: { departement: '25' } },
  },
  offers: {
    query: `query Offres($first: Int) {
  jobOffers(first: $first) {
    totalCount
    edges { node { id title positions publishedOn siae { name city } } }
    pageInfo { hasNextPage endCursor }
  }
}`,
    variables: { first: 10 },
  },
  indicators: {
    query: `query Indicateurs($filter: IndicatorFilter) {
  indicators(filter: $filter) {
    id
    label
    unit
    rows { departement { code name } siaeKind value masked }
  }
}`,
    variables: { filter: { departement: '21' } },
  },
};

const API_CLIENT_TOKEN = /^nvt_client_[^.\s]+\.\S+$/;

const form = document.getElementById('explorer');
const token = document.getElementById('token');
const query = document.getElementById('query');
const variables = document.getElementById('variables');
const example = document.getElementById('example');
const status = document.getElementById('status');
const result = document.getElementById('result');

function say(text, isError) {
  status.textContent = text;
  status.classList.toggle('error', Boolean(isError));
}

example.addEventListener('change', () => {
  const chosen = EXAMPLES[example.value];
  if (!chosen) return;
  query.value = chosen.query;
  variables.value = JSON.stringify(chosen.variables, null, 2);
});

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const secret = token.value.trim();
  if (!API_CLIENT_TOKEN.test(secret)) {
    say(
      'Saisissez le jeton d’un client d’API (nvt_client_identifiant.secret). Les comptes des portails ne peuvent pas envoyer de requête libre.',
      true,
    );
    token.focus();
    return;
  }
  let parsedVariables;
  try {
    parsedVariables = variables.value.trim() ? JSON.parse(variables.value) : undefined;
  } catch {
    say('Les variables ne sont pas du JSON valide.', true);
    variables.focus();
    return;
  }
  say('Envoi…', false);
  result.textContent = '';
  const started = performance.now();
  try {
    const response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'omit',
      cache: 'no-store',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        authorization: `Bearer ${secret}`,
      },
      body: JSON.stringify({ query: query.value, variables: parsedVariables }),
    });
    const text = await response.text();
    let shown = text;
    try {
      shown = JSON.stringify(JSON.parse(text), null, 2);
    } catch {
      // not JSON: shown as it came
    }
    result.textContent = shown;
    const elapsed = Math.round(performance.now() - started);
    const retryAfter = response.headers.get('retry-after');
    say(
      `HTTP ${response.status} en ${elapsed} ms${retryAfter ? ` — réessayer dans ${retryAfter} s` : ''}${
        response.headers.get('x-request-id') ? ` — x-request-id ${response.headers.get('x-request-id')}` : ''
      }`,
      !response.ok,
    );
  } catch {
    say('La requête n’a pas abouti (réseau).', true);
  }
});

// The frame of the generated pages of /developpeurs (reference, changelog): the same header, navigation and stylesheet
// as the hand-written pages (apps/gateway/developer-docs/*.html). No inline script or style: the gateway's CSP
// (http-security.ts) allows only same-origin scripts and stylesheets.

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A description of the SDL as HTML: escaped, `code` spans kept, line breaks of a block string joined. */
export function richText(text: string): string {
  return escapeHtml(text.replace(/\s*\n\s*/g, ' ').trim()).replace(/`([^`]+)`/g, '<code>$1</code>');
}

export type DeveloperPage = 'guide' | 'reference' | 'explorateur' | 'changements';

const NAVIGATION: [DeveloperPage, string, string][] = [
  ['guide', '/developpeurs/', 'Guide'],
  ['reference', '/developpeurs/reference', 'Référence du schéma'],
  ['explorateur', '/developpeurs/explorateur', 'Explorateur'],
  ['changements', '/developpeurs/changements', 'Changements du schéma'],
];

export function page(options: { title: string; current: DeveloperPage; content: string }): string {
  const links = NAVIGATION.map(
    ([key, href, label]) =>
      `<li><a href="${href}"${key === options.current ? ' aria-current="page"' : ''}>${label}</a></li>`,
  ).join('');
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)} — API Navette</title>
<link rel="stylesheet" href="/developpeurs/style.css">
</head>
<body>
<header><p class="brand"><a href="/">Navette</a> · API pour les développeurs</p>
<nav aria-label="Documentation"><ul>${links}</ul></nav></header>
<main>
${options.content}
</main>
</body>
</html>
`;
}

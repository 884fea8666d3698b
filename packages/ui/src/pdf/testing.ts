// Test support: the text a pdf-lib PDF draws, to check a document's content (web APIs only: Node and browsers).

const latin1 = (bytes: Uint8Array) => {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return out;
};
const bytesOf = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

async function inflate(bytes: Uint8Array): Promise<Uint8Array | null> {
  try {
    const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch {
    return null;
  }
}

/** The text drawn in a PDF made by pdf-lib: hex strings of its (deflated) content streams, in Windows-1252. */
export async function drawnText(pdf: Uint8Array): Promise<string> {
  const raw = latin1(pdf);
  const decoder = new TextDecoder('windows-1252');
  const chunks: string[] = [];
  for (const match of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    const content = await inflate(bytesOf(match[1]!));
    if (!content) continue;
    for (const hex of latin1(content).matchAll(/<([0-9A-Fa-f]+)>\s*Tj/g))
      chunks.push(decoder.decode(Uint8Array.from(hex[1]!.match(/../g)!, (h) => parseInt(h, 16))));
  }
  return chunks.join('\n');
}

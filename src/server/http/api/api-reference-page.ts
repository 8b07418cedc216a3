// The API reference at /api/docs: the OpenAPI document rendered as one plain HTML page by this server, so it
// works on a closed network (no script, font or style from another host) and reads well with a screen reader.
// (Bundled viewers were weighed: Scalar's standalone bundle brings 260 MB of packages, Swagger UI a telemetry
// dependency; the document itself is the source and this page only lays it out.)

interface Operation {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Array<{
    name: string;
    in: string;
    required?: boolean;
    description?: string;
    schema?: unknown;
  }>;
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: unknown }> }>;
}

interface Document {
  info: { title: string; version: string; description?: string };
  paths?: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, unknown> };
}

const escape = (text: string): string => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

const anchor = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

// A schema as indented JSON, each "$ref" turned into a link to the named schema below.
function schemaHtml(schema: unknown): string {
  const json = escape(JSON.stringify(schema, null, 2));
  return `<pre>${json.replace(
    /&#34;#\/components\/schemas\/([A-Za-z0-9_.-]+)&#34;/g,
    (_m, name: string) => `<a href="#schema-${anchor(name)}">${escape(name)}</a>`,
  )}</pre>`;
}

function operationHtml(method: string, path: string, op: Operation): string {
  const id = anchor(`${method} ${path}`);
  const params = (op.parameters ?? [])
    .map(
      (p) =>
        `<tr><td><code>${escape(p.name)}</code></td><td>${escape(p.in)}</td><td>${p.required ? 'yes' : 'no'}</td><td><code>${escape(JSON.stringify(p.schema ?? {}))}</code></td></tr>`,
    )
    .join('');
  const body = op.requestBody?.content?.['application/json']?.schema;
  const responses = Object.entries(op.responses ?? {})
    .map(([status, response]) => {
      const schema = response.content?.['application/json']?.schema;
      return `<li><strong>${escape(status)}</strong> ${escape(response.description ?? '')}${schema ? `<details><summary>Schema of the ${escape(status)} response</summary>${schemaHtml(schema)}</details>` : ''}</li>`;
    })
    .join('');
  return `<section class="operation" id="${id}" aria-labelledby="${id}-title">
<h3 id="${id}-title"><span class="method">${escape(method.toUpperCase())}</span> <code>${escape(path)}</code> — ${escape(op.summary ?? '')}</h3>
${(op.description ?? '')
  .split('\n\n')
  .map((paragraph) => `<p>${escape(paragraph)}</p>`)
  .join('')}
${params ? `<table><caption>Parameters</caption><thead><tr><th scope="col">name</th><th scope="col">in</th><th scope="col">required</th><th scope="col">schema</th></tr></thead><tbody>${params}</tbody></table>` : ''}
${body ? `<details><summary>Request body (JSON)</summary>${schemaHtml(body)}</details>` : ''}
<h4>Responses</h4><ul>${responses}</ul>
</section>`;
}

/** The whole reference page for a document. */
export function apiReferencePage(document: Document): string {
  const byTag = new Map<string, Array<[string, string, Operation]>>();
  for (const [path, methods] of Object.entries(document.paths ?? {}))
    for (const [method, op] of Object.entries(methods)) {
      const tag = op.tags?.[0] ?? 'Other';
      byTag.set(tag, [...(byTag.get(tag) ?? []), [method, path, op]]);
    }
  const toc = [...byTag.entries()]
    .map(
      ([tag, ops]) =>
        `<li><a href="#tag-${anchor(tag)}">${escape(tag)}</a><ul>${ops.map(([m, p, op]) => `<li><a href="#${anchor(`${m} ${p}`)}">${escape(m.toUpperCase())} ${escape(p)}</a> ${escape(op.summary ?? '')}</li>`).join('')}</ul></li>`,
    )
    .join('');
  const sections = [...byTag.entries()]
    .map(
      ([tag, ops]) =>
        `<section aria-labelledby="tag-${anchor(tag)}"><h2 id="tag-${anchor(tag)}">${escape(tag)}</h2>${ops.map(([m, p, op]) => operationHtml(m, p, op)).join('\n')}</section>`,
    )
    .join('\n');
  const schemas = Object.entries(document.components?.schemas ?? {})
    .map(
      ([name, schema]) =>
        `<section id="schema-${anchor(name)}"><h3>${escape(name)}</h3>${schemaHtml(schema)}</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(document.info.title)} reference</title><link rel="stylesheet" href="/api/docs.css"></head>
<body><a class="skip" href="#main">Skip to the reference</a>
<header><h1>${escape(document.info.title)} <small>version ${escape(document.info.version)}</small></h1>
<p>${escape(document.info.description ?? '')}</p>
<p>The machine-readable document: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).</p></header>
<nav aria-label="Operations"><h2>Operations</h2><ul>${toc}</ul></nav>
<main id="main">${sections}<section aria-labelledby="schemas"><h2 id="schemas">Schemas</h2>${schemas}</section></main>
</body></html>`;
}

/** The page's stylesheet (served from this server). */
export const API_REFERENCE_CSS = `body{font:16px/1.5 system-ui,sans-serif;max-width:72rem;margin:0 auto;padding:1rem;color:#1b1b1b}
a{color:#005ea2}a:focus,summary:focus{outline:3px solid #2491ff;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
code,pre{font-family:ui-monospace,monospace;font-size:.9em}pre{background:#f0f0f0;padding:.75rem;overflow:auto}
.operation{border-top:1px solid #dfe1e2;padding:1rem 0}.method{display:inline-block;min-width:4.5rem;font-weight:700}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #dfe1e2;padding:.25rem .5rem;text-align:left;vertical-align:top}
caption{text-align:left;font-weight:600}small{font-weight:400;color:#565c65}`;

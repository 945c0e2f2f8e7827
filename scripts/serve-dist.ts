/**
 * Serves a built site from `dist/` on localhost, the way a static host would: `/a/` → `/a/index.html`,
 * unknown paths → `404.html` with status 404, text compressed with gzip when the browser accepts it
 * (as every static host does). No dependencies, so tests can start it too.
 * Usage: node scripts/serve-dist.ts [--port 4321] [--dir dist]
 */
import { createReadStream, existsSync, readFileSync } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createGzip } from "node:zlib";
import { headersFor, parseHeaders } from "../src/lib/hosting-headers.ts";

const TYPES: Record<string, string> = {
	".html": "text/html; charset=utf-8",
	".css": "text/css; charset=utf-8",
	".js": "text/javascript; charset=utf-8",
	".mjs": "text/javascript; charset=utf-8",
	".json": "application/json; charset=utf-8",
	".webmanifest": "application/manifest+json; charset=utf-8",
	".xml": "application/xml; charset=utf-8",
	".svg": "image/svg+xml",
	".png": "image/png",
	".ico": "image/x-icon",
	".woff2": "font/woff2",
	".wasm": "application/wasm",
	".txt": "text/plain; charset=utf-8",
};

/** Types a host compresses: text, not fonts, images or Pagefind's already compressed index files. */
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|xml|manifest\+json)|image\/svg\+xml)/;

async function isFile(path: string): Promise<boolean> {
	return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}

/** The file a URL path maps to inside `root`, or undefined when there is none. */
export async function resolveFile(root: string, urlPath: string): Promise<string | undefined> {
	const decoded = decodeURIComponent(urlPath.split("?")[0] ?? "/");
	const candidate = normalize(join(root, decoded));
	if (candidate !== root && !candidate.startsWith(root + sep)) return undefined;
	for (const path of [candidate, join(candidate, "index.html")]) {
		if (await isFile(path)) return path;
	}
	return undefined;
}

export interface ServeOptions {
	/** A `_headers` file (Netlify format) whose headers every response gets, as a host would send them. */
	headersFile?: string;
}

export function serveDist(root: string, port = 0, options: ServeOptions = {}): Promise<Server> {
	const dir = resolve(root);
	const rules =
		options.headersFile && existsSync(options.headersFile)
			? parseHeaders(readFileSync(options.headersFile, "utf8"))
			: [];
	const server = createServer(async (request, response) => {
		const file = await resolveFile(dir, request.url ?? "/").catch(() => undefined);
		// A site built for a sub-path (`/kb/`) keeps its 404 page there, as hosts are told to serve it.
		const section = (request.url ?? "/").split("/")[1] ?? "";
		const candidates = [join(dir, section, "404.html"), join(dir, "404.html")];
		let notFound: string | undefined;
		for (const candidate of candidates)
			if (!notFound && candidate.startsWith(dir) && (await isFile(candidate))) notFound = candidate;
		const path = file ?? notFound;
		if (!path) {
			response.writeHead(404).end("Not found");
			return;
		}
		const type = TYPES[extname(path)] ?? "application/octet-stream";
		const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
		// Header names in lower case, so a rule's `Cache-Control` replaces the default instead of joining it.
		const fromRules = Object.entries(headersFor(rules, (request.url ?? "/").split("?")[0] ?? "/")).map(
			([name, value]) => [name.toLowerCase(), value],
		);
		response.writeHead(file ? 200 : 404, {
			"content-type": type,
			"cache-control": "no-cache",
			vary: "accept-encoding",
			...(gzip ? { "content-encoding": "gzip" } : {}),
			...Object.fromEntries(fromRules),
		});
		const body = createReadStream(path);
		if (gzip) body.pipe(createGzip()).pipe(response);
		else body.pipe(response);
	});
	return new Promise((done) => server.listen(port, "127.0.0.1", () => done(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const { values } = parseArgs({
		options: { port: { type: "string", default: "4321" }, dir: { type: "string", default: "dist" } },
	});
	// Send the headers a host would send from `_headers` (security headers, caching): what you test is what you deploy.
	const server = await serveDist(values.dir, Number(values.port), {
		headersFile: join(values.dir, "_headers"),
	});
	const { port } = server.address() as AddressInfo;
	console.log(`正在本机提供 ${values.dir}/：http://localhost:${port}/  （Ctrl+C 结束）`);
}

#!/usr/bin/env node
/* eslint-disable no-undef */
/**
 * The PAR INDEX workbench server: serves the built workbench (dist-workbench/, made by
 * `npm run build:workbench` from workbench/ and src/; never the production dist/) and the local copy
 * of office.js (node_modules/@microsoft/office-js/dist/ under /office-js/) over plain HTTP on
 * 127.0.0.1, so the add-in runs in any browser without Excel, a certificate or the network.
 *
 *   node build-tools/workbench-server.js            build dist-workbench/ if it is missing or older than its sources, then serve
 *   node build-tools/workbench-server.js --no-build serve dist-workbench/ as it is
 *   PORT=4000 node build-tools/workbench-server.js  another port (default 3100; 0 picks a free one)
 *
 * Tests use `startWorkbenchServer({ port: 0 })` from this module.
 * Only node:http, node:fs and node:path: no dependencies.
 */
const http = require("node:http");
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const DEFAULT_DIST = path.join(ROOT, "dist-workbench");
const DEFAULT_OFFICE_JS = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
const DEFAULT_PORT = 3100;

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
};

/** Resolves a URL path inside `base`, or null when it would escape it. */
function safeJoin(base, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const full = path.resolve(base, "." + path.posix.normalize("/" + decoded));
  if (full !== base && !full.startsWith(base + path.sep)) return null;
  return full;
}

function send(res, status, body, type = "text/plain; charset=utf-8") {
  res.writeHead(status, { "Content-Type": type, "Cache-Control": "no-store" });
  res.end(body);
}

function createHandler({ dist, officeJs }) {
  return (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") return send(res, 405, "Method not allowed");
    const url = new URL(req.url || "/", "http://localhost");
    let pathname = url.pathname;
    if (pathname === "/" || pathname === "") {
      res.writeHead(302, { Location: "/workbench.html" + url.search });
      return res.end();
    }
    let base = dist;
    if (pathname === "/office-js" || pathname.startsWith("/office-js/")) {
      base = officeJs;
      pathname = pathname.slice("/office-js".length) || "/";
    }
    const file = safeJoin(base, pathname);
    if (!file) return send(res, 400, "Bad path");
    fs.stat(file, (err, stat) => {
      if (err || !stat.isFile()) {
        const hint = pathname.endsWith("workbench.html")
          ? "\nRun `npm run build:workbench` first (dist-workbench/workbench.html is missing)."
          : "";
        return send(res, 404, `Not found: ${pathname}${hint}`);
      }
      res.writeHead(200, {
        "Content-Type": MIME[path.extname(file).toLowerCase()] || "application/octet-stream",
        "Content-Length": stat.size,
        "Cache-Control": "no-store",
      });
      if (req.method === "HEAD") return res.end();
      fs.createReadStream(file).pipe(res);
    });
  };
}

/**
 * Starts the server. Resolves with { server, port, url, close() } once it listens.
 * @param {{ port?: number, host?: string, dist?: string, officeJs?: string }} [options]
 */
function startWorkbenchServer(options = {}) {
  const dist = path.resolve(options.dist || DEFAULT_DIST);
  const officeJs = path.resolve(options.officeJs || DEFAULT_OFFICE_JS);
  const host = options.host || "127.0.0.1";
  const port = options.port === undefined ? DEFAULT_PORT : options.port;
  const server = http.createServer(createHandler({ dist, officeJs }));
  const sockets = new Set();
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const actual = server.address().port;
      resolve({
        server,
        port: actual,
        url: `http://localhost:${actual}/workbench.html`,
        close: () =>
          new Promise((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}

/** Newest modification time under `dir` (files only), 0 when it does not exist. */
function newestMtime(dir) {
  let newest = 0;
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else if (entry.isFile()) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

function needsBuild(dist) {
  const page = path.join(dist, "workbench.html");
  if (!fs.existsSync(page) || !fs.existsSync(path.join(dist, "functions.js"))) return "dist-workbench/workbench.html is missing";
  const built = fs.statSync(page).mtimeMs;
  const configs = ["webpack.config.js", "package.json"].map((file) => path.join(ROOT, file));
  const sources = Math.max(
    newestMtime(path.join(ROOT, "src")),
    newestMtime(path.join(ROOT, "workbench")),
    ...configs.map((file) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0)),
  );
  return sources > built ? "src/ or workbench/ changed since the last build" : null;
}

function main() {
  const args = process.argv.slice(2);
  const dist = DEFAULT_DIST;
  if (!args.includes("--no-build")) {
    const reason = needsBuild(dist);
    if (reason) {
      console.log(`Building (${reason}): npm run build:workbench`);
      const { spawnSync } = require("node:child_process");
      const npm = process.platform === "win32" ? "npm.cmd" : "npm";
      const result = spawnSync(npm, ["run", "build:workbench"], { cwd: ROOT, stdio: "inherit" });
      if (result.status !== 0) {
        console.error("The build failed; fix it or serve the previous build with --no-build.");
        process.exit(result.status || 1);
      }
    }
  }
  if (!fs.existsSync(path.join(dist, "workbench.html"))) {
    console.error("dist-workbench/workbench.html is missing: run `npm run build:workbench` first.");
    process.exit(1);
  }
  const port = process.env.PORT !== undefined && process.env.PORT !== "" ? Number(process.env.PORT) : DEFAULT_PORT;
  startWorkbenchServer({ port }).then(
    ({ url, port: actual }) => {
      console.log("");
      console.log(`PAR INDEX workbench: ${url}`);
      console.log(`  English: http://localhost:${actual}/workbench.html?lang=en`);
      console.log("  (in-memory workbook, no Excel needed; Ctrl+C stops the server)");
      console.log("");
    },
    (error) => {
      if (error && error.code === "EADDRINUSE") console.error(`Port ${port} is in use; try PORT=${port + 1} npm run workbench`);
      else console.error(error);
      process.exit(1);
    },
  );
}

if (require.main === module) main();

module.exports = { startWorkbenchServer, needsBuild };

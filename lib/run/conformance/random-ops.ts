/**
 * Random operations for the differential test, as plain descriptors (fast-check
 * arbitraries). build.ts turns a descriptor into a DocumentClient request for a world.
 */
import fc from "fast-check";

export type CapMode = "NONE" | "TOTAL" | "INDEXES";

export interface Attrs {
  readonly g?: number;
  readonly h?: number; // an H prefix: the value gets a fresh unique counter
  readonly l?: number;
  readonly a?: number;
  readonly c?: number;
  readonly d?: readonly number[];
  readonly m?: number;
  readonly big?: number;
}

export type Cond =
  | { readonly k: "exists" | "notExists" }
  | { readonly k: "aEq" | "cGt" | "dHas" | "aBegins" | "gIn" | "sizeM"; readonly v: number }
  | { readonly k: "and" | "or"; readonly x: Cond; readonly y: Cond }
  | { readonly k: "not"; readonly x: Cond };

export type Action =
  | { readonly k: "setA" | "incC" | "initC" | "setG" | "setL" | "addC" | "setMx" | "append" | "setH"; readonly v: number }
  | { readonly k: "addD" | "delD"; readonly v: readonly number[] }
  | { readonly k: "remove"; readonly attr: "G" | "H" | "L" | "a" | "m" | "c" | "big" };

export type SkCond = { readonly op: "=" | "<" | "<=" | ">" | ">=" | "begins_with"; readonly v: number } | { readonly op: "between"; readonly v: number; readonly w: number };

export type Desc =
  | { readonly k: "put"; readonly pk: number; readonly sk: number; readonly attrs: Attrs; readonly cond?: Cond; readonly rv: boolean; readonly rvf: boolean; readonly cap: CapMode }
  | { readonly k: "update"; readonly pk: number; readonly sk: number; readonly actions: readonly Action[]; readonly cond?: Cond; readonly rv: number; readonly cap: CapMode }
  | { readonly k: "delete"; readonly pk: number; readonly sk: number; readonly cond?: Cond; readonly rv: boolean; readonly cap: CapMode }
  | { readonly k: "get"; readonly pk: number; readonly sk: number; readonly proj: boolean; readonly consistent: boolean; readonly cap: CapMode }
  | {
      readonly k: "query"; readonly target: "table" | "GSI1" | "LSI1" | "GSI2"; readonly pk: number; readonly sk?: SkCond; readonly filter?: Cond;
      readonly limit?: number; readonly forward: boolean; readonly select: "default" | "count" | "proj"; readonly pages: number; readonly consistent: boolean; readonly cap: CapMode;
    }
  | { readonly k: "scan"; readonly target: "table" | "GSI1" | "LSI1"; readonly filter?: Cond; readonly select: "default" | "count" | "proj"; readonly cap: CapMode }
  | { readonly k: "batchWrite"; readonly entries: readonly { readonly pk: number; readonly sk: number; readonly del: boolean; readonly attrs: Attrs }[]; readonly cap: CapMode }
  | { readonly k: "batchGet"; readonly keys: readonly { readonly pk: number; readonly sk: number }[]; readonly consistent: boolean; readonly proj: boolean; readonly cap: CapMode }
  | {
      readonly k: "transact"; readonly cap: CapMode;
      readonly entries: readonly { readonly pk: number; readonly sk: number; readonly kind: "put" | "update" | "delete" | "check"; readonly attrs: Attrs; readonly actions: readonly Action[]; readonly cond?: Cond }[];
    };

const small = (n: number) => fc.nat({ max: n - 1 });
const cap = fc.constantFrom<CapMode>("NONE", "TOTAL", "INDEXES", "INDEXES");
const pk = small(8);
const sk = small(40);

export const attrsArb: fc.Arbitrary<Attrs> = fc.record(
  {
    g: small(5), h: small(4), l: small(5), a: small(8), c: small(6),
    d: fc.uniqueArray(small(6), { minLength: 1, maxLength: 3 }), m: small(4),
    // Sizes around the 1 KB and 4 KB steps; rarely 70 KB, enough to cross 1 MB pages.
    big: fc.oneof({ arbitrary: fc.constantFrom(10, 900, 1100, 3000, 5000), weight: 40 }, { arbitrary: fc.constant(70_000), weight: 1 }),
  },
  { requiredKeys: [] },
);

const leafCond: fc.Arbitrary<Cond> = fc.oneof(
  fc.constantFrom<Cond>({ k: "exists" }, { k: "notExists" }),
  fc.record({ k: fc.constantFrom("aEq", "cGt", "dHas", "aBegins", "gIn", "sizeM") as fc.Arbitrary<"aEq">, v: small(8) }),
);

export const condArb: fc.Arbitrary<Cond> = fc.oneof(
  { arbitrary: leafCond, weight: 4 },
  { arbitrary: fc.record({ k: fc.constantFrom("and", "or") as fc.Arbitrary<"and">, x: leafCond, y: leafCond }), weight: 2 },
  { arbitrary: fc.record({ k: fc.constant("not" as const), x: leafCond }), weight: 1 },
);

const actionArb: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ k: fc.constantFrom("setA", "incC", "initC", "setG", "setL", "addC", "setMx", "append", "setH") as fc.Arbitrary<"setA">, v: small(8) }),
  fc.record({ k: fc.constantFrom("addD", "delD") as fc.Arbitrary<"addD">, v: fc.uniqueArray(small(6), { minLength: 1, maxLength: 3 }) }),
  fc.record({ k: fc.constant("remove" as const), attr: fc.constantFrom("G", "H", "L", "a", "m", "c", "big") as fc.Arbitrary<"G"> }),
);

/** Distinct actions only: two actions on one attribute would be an (expected) overlap error every time. */
const actionsArb = fc.uniqueArray(actionArb, {
  minLength: 1, maxLength: 4,
  selector: (a) => (a.k === "remove" ? a.attr : ({ setA: "a", incC: "c", initC: "c", addC: "c", setG: "G", setL: "L", setMx: "m", append: "list", setH: "H", addD: "d", delD: "d" } as const)[a.k]),
});

const opt = <T>(arb: fc.Arbitrary<T>, freq = 2) => fc.option(arb, { freq, nil: undefined });

const skCondArb: fc.Arbitrary<SkCond> = fc.oneof(
  fc.record({ op: fc.constantFrom("=", "<", "<=", ">", ">=", "begins_with") as fc.Arbitrary<"=">, v: sk }),
  fc.record({ op: fc.constant("between" as const), v: sk, w: sk }),
);

export const writeArb: fc.Arbitrary<Desc> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ k: fc.constant("put" as const), pk, sk, attrs: attrsArb, cond: opt(condArb), rv: fc.boolean(), rvf: fc.boolean(), cap }) },
  { weight: 5, arbitrary: fc.record({ k: fc.constant("update" as const), pk, sk, actions: actionsArb, cond: opt(condArb), rv: small(5), cap }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant("delete" as const), pk, sk, cond: opt(condArb), rv: fc.boolean(), cap }) },
  {
    weight: 1,
    arbitrary: fc.record({
      k: fc.constant("batchWrite" as const), cap,
      entries: fc.uniqueArray(fc.record({ pk, sk, del: fc.boolean(), attrs: attrsArb }), { minLength: 1, maxLength: 10, selector: (e) => `${e.pk}/${e.sk}` }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      k: fc.constant("transact" as const), cap,
      entries: fc.uniqueArray(
        fc.record({ pk, sk, kind: fc.constantFrom("put", "update", "delete", "check") as fc.Arbitrary<"put">, attrs: attrsArb, actions: actionsArb, cond: opt(condArb, 1) }),
        { minLength: 1, maxLength: 4, selector: (e) => `${e.pk}/${e.sk}` },
      ),
    }),
  },
);

export const readArb: fc.Arbitrary<Desc> = fc.oneof(
  // Weights: a Scan reads the whole table (costly on Local), so it comes rarely.
  { weight: 9, arbitrary: fc.record({ k: fc.constant("get" as const), pk, sk, proj: fc.boolean(), consistent: fc.boolean(), cap }) },
  {
    weight: 24,
    arbitrary: fc.record({
      k: fc.constant("query" as const), target: fc.constantFrom("table", "table", "GSI1", "LSI1", "GSI2") as fc.Arbitrary<"table">,
      pk: small(8), sk: opt(skCondArb, 1), filter: opt(condArb), limit: opt(fc.integer({ min: 1, max: 12 })), forward: fc.boolean(),
      select: fc.constantFrom("default", "count", "proj") as fc.Arbitrary<"default">, pages: fc.integer({ min: 1, max: 4 }), consistent: fc.boolean(), cap,
    }),
  },
  { weight: 1, arbitrary: fc.record({ k: fc.constant("scan" as const), target: fc.constantFrom("table", "GSI1", "LSI1") as fc.Arbitrary<"table">, filter: opt(condArb), select: fc.constantFrom("default", "count", "proj") as fc.Arbitrary<"default">, cap }) },
  {
    weight: 3,
    arbitrary: fc.record({
      k: fc.constant("batchGet" as const), keys: fc.uniqueArray(fc.record({ pk, sk }), { minLength: 1, maxLength: 8, selector: (e) => `${e.pk}/${e.sk}` }),
      consistent: fc.boolean(), proj: fc.boolean(), cap,
    }),
  },
);

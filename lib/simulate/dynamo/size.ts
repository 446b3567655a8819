/**
 * Item size (CapacityUnitCalculations; every rule below was measured on DynamoDB Local at
 * the 1 KB write boundary, guide/dynamodb-local-observed.md):
 * - an attribute costs the UTF-8 bytes of its name plus the size of its value;
 * - S: UTF-8 bytes; B: bytes; N: see decimalSize; BOOL, NULL: 1;
 * - L and M: 3 + for each element (its size + 1), a map element also counting its key's bytes;
 * - SS/NS/BS: the sum of the elements' sizes.
 */
import { decimalSize } from "./decimal";
import type { Item, Value } from "./value";

/** UTF-8 length of a JS string without allocating (lone surrogates count 3, as U+FFFD would). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

export function valueSize(v: Value): number {
  switch (v.t) {
    case "S":
      return utf8Length(v.v);
    case "N":
      return decimalSize(v.v);
    case "B":
      return v.v.length;
    case "BOOL":
    case "NULL":
      return 1;
    case "L": {
      let n = 3;
      for (const x of v.v) n += valueSize(x) + 1;
      return n;
    }
    case "M": {
      let n = 3;
      for (const [k, x] of v.v) n += utf8Length(k) + valueSize(x) + 1;
      return n;
    }
    case "SS": {
      let n = 0;
      for (const x of v.v) n += utf8Length(x);
      return n;
    }
    case "NS": {
      let n = 0;
      for (const x of v.v) n += decimalSize(x);
      return n;
    }
    case "BS": {
      let n = 0;
      for (const x of v.v) n += x.length;
      return n;
    }
  }
}

export function itemSize(item: Item): number {
  let n = 0;
  item.forEach((v, k) => (n += utf8Length(k) + valueSize(v)));
  return n;
}

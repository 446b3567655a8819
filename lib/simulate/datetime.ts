/**
 * Generated times. Everything is relative to a fixed reference date, never the clock, so
 * data generated today and next year is the same (docs/sample-data.md).
 */
import type { Rng } from "./rng";

/** 2026-11-01T00:00:00.000Z: generated datetimes end just before it. */
export const REFERENCE_MS = Date.UTC(2026, 10, 1);
export const REFERENCE_DATE = new Date(REFERENCE_MS).toISOString();
const DAY_MS = 86_400_000;
/** Datetimes span the year before the reference date. */
export const WINDOW_MS = 365 * DAY_MS;
export const WINDOW_START_MS = REFERENCE_MS - WINDOW_MS;

/** TTL values (epoch seconds) fall between one hour and 90 days after the reference date. */
export const TTL_MIN_S = REFERENCE_MS / 1000 + 3600;
export const TTL_MAX_S = REFERENCE_MS / 1000 + 90 * 86_400;

/**
 * An item's main time (its "anchor", e.g. createdAt): density rising linearly toward the
 * reference date, like a product whose traffic grows steadily over the year, so recent
 * times are more common (the last month holds about 16% of items, the first about 0.7%).
 */
export function anchorMs(rng: Rng): number {
  return WINDOW_START_MS + Math.floor(WINDOW_MS * Math.sqrt(rng.next()));
}

/**
 * A later time of the same item (settledAt after createdAt): between the anchor and the
 * reference date, most often soon after the anchor.
 */
export function afterMs(rng: Rng, anchor: number): number {
  const u = rng.next();
  return anchor + Math.floor((REFERENCE_MS - anchor) * u * u);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/**
 * ISO-8601 UTC with exactly three fraction digits and Z: `2026-11-27T10:00:00.000Z`, for
 * times in years 0000 to 9999. The same text as Date#toISOString, computed with integer
 * arithmetic (civil date from a day count), which is about twice as fast.
 */
export function isoDatetime(ms: number): string {
  const days = Math.floor(ms / DAY_MS);
  let rest = ms - days * DAY_MS;
  const hour = Math.floor(rest / 3_600_000);
  rest -= hour * 3_600_000;
  const minute = Math.floor(rest / 60_000);
  rest -= minute * 60_000;
  const second = Math.floor(rest / 1000);
  const milli = rest - second * 1000;
  // Days since 0000-03-01 in 400-year eras of 146,097 days; March-based years put the leap day last.
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153); // 0 = March
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}.${pad(milli, 3)}Z`;
}

/** Milliseconds of a datetime in the model's form. */
export function parseDatetime(text: string): number {
  return Date.parse(text);
}

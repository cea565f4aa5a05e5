// Field offsets of the compiled problem's packed per-seat and per-volunteer records: the hot
// loops read one record (one or two cache lines) instead of a dozen parallel arrays.

/** Stride and fields of CompiledProblem.seatData. */
export const SEAT_STRIDE = 16;
export const SEAT_START = 0;
export const SEAT_END = 1;
export const SEAT_MINUTES = 2;
export const SEAT_DAY = 3;
export const SEAT_WEEK = 4;
export const SEAT_WEEKEND = 5;
export const SEAT_DISTRICT = 6;
export const SEAT_VENUE = 7;
export const SEAT_SERIES = 8;
export const SEAT_TYPE = 9;
export const SEAT_SLOT = 10;
export const SEAT_SKILL = 11;
export const SEAT_MIN_LEVEL = 12;

/** Stride and fields of CompiledProblem.volData. */
export const VOL_STRIDE = 16;
export const VOL_MAX_DAY = 0;
export const VOL_MAX_WEEK = 1;
export const VOL_MAX_SHIFTS = 2;
export const VOL_MAX_PER_DAY = 3;
export const VOL_MAX_RUN = 4;
export const VOL_MIN_RUN = 5;
export const VOL_MIN_OFF = 6;
export const VOL_MAX_WEEKENDS = 7;
export const VOL_MIN_TOTAL = 8;
export const VOL_MAX_TOTAL = 9;
export const VOL_TARGET = 10;
export const VOL_ON_REQUESTS = 11;
export const VOL_HOME = 12;
/** Bit set: FLAG_TIMES (preferred/undesired times), FLAG_PLACES, FLAG_REQUESTS, FLAG_TYPE_LIMITS. */
export const VOL_FLAGS = 13;
export const FLAG_TIMES = 1;
export const FLAG_PLACES = 2;
export const FLAG_REQUESTS = 4;
export const FLAG_TYPE_LIMITS = 8;

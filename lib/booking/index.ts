// Public API of the consultation-slot module: pure functions, the caller supplies `now` and settings.
export {
  JAPAN_TIME_ZONE,
  addDays,
  daysBetween,
  instantToTokyo,
  instantToWallTime,
  isCalendarDate,
  isTimeOfDay,
  parseInstant,
  tokyoDate,
  tokyoToInstant,
  wallTimeToInstant,
  weekdayOf,
  type Weekday,
  type WallTime,
} from './tokyo-time'
export {
  HOLIDAY_DATA_YEARS,
  hasHolidayData,
  isJapaneseHoliday,
  japaneseHoliday,
  japaneseHolidaysBetween,
  type JapaneseHoliday,
} from './holidays'
export {
  bookingDeadline,
  consultationDay,
  isBusinessDay,
  previousBusinessDay,
  slotsForDay,
  type ClosedDates,
  type Opening,
} from './slots'
export {
  checkSlot,
  listOpenSlots,
  type CheckSlotInput,
  type DaySlots,
  type ListOpenSlotsInput,
  type OpenSlot,
  type SlotCheck,
  type SlotRejection,
} from './availability'
export { formatBesideJapanTime, formatInZone, isValidTimeZone, type JapanAndLocalTime } from './format'

'use client'

import { useSyncExternalStore } from 'react'

const subscribe = () => () => {}
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'Asia/Tokyo'

/** The browser's time zone; Japan's during server rendering, so hydration never mismatches. */
export function useTimeZone(): string {
  return useSyncExternalStore(subscribe, browserZone, () => 'Asia/Tokyo')
}

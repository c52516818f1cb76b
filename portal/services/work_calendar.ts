import db from '@adonisjs/lucid/services/db'
import logger from '@adonisjs/core/services/logger'
import { type WorkCalendar, weekdayCalendar } from '#engine'

/** 法定节假日: dates (`YYYY-MM-DD`) that are not worked, weekdays included. */
export const HOLIDAYS_DICTIONARY = 'statutory-holidays'
/** 调休上班日: weekend dates that are worked. */
export const WORKDAYS_DICTIONARY = 'adjusted-workdays'
/** The two dictionaries the calendar reads; an edit of either refreshes it. */
export const CALENDAR_DICTIONARIES: readonly string[] = [HOLIDAYS_DICTIONARY, WORKDAYS_DICTIONARY]

// other processes (a second web server, a worker host) pick an edit up within this
const RELOAD_MS = 5 * 60_000

/** One enabled item of either calendar dictionary. */
export interface CalendarRow {
  name: string
  value: string
}

/** The enabled items of both calendar dictionaries, as stored now. */
async function readCalendarRows(): Promise<CalendarRow[]> {
  return db
    .from('form_dictionary_items as i')
    .join('form_dictionaries as d', 'd.id', 'i.dictionary_id')
    .whereIn('d.name', CALENDAR_DICTIONARIES as string[])
    .where('i.is_enabled', true)
    .select('d.name as name', 'i.value as value')
}

/**
 * The engine's WorkCalendar from the two data dictionaries: Monday to
 * Friday, minus the enabled statutory holidays, plus the enabled adjusted
 * workdays (a date in both is a holiday). The engine asks synchronously, so
 * the dates live in memory: loaded at boot, reloaded right after an edit
 * commits in this process, and every few minutes for the others.
 */
export class DictionaryWorkCalendar implements WorkCalendar {
  #holidays: ReadonlySet<string> = new Set()
  #workdays: ReadonlySet<string> = new Set()
  #timer: NodeJS.Timeout | undefined
  #loadsStarted = 0
  readonly #read: () => Promise<CalendarRow[]>

  constructor(read: () => Promise<CalendarRow[]> = readCalendarRows) {
    this.#read = read
  }

  isWorkingDay(date: string): boolean {
    if (this.#holidays.has(date)) return false
    return this.#workdays.has(date) || weekdayCalendar.isWorkingDay(date)
  }

  /**
   * Reads both dictionaries; both sets are swapped at once, so a reader never
   * sees half an edit. Only the newest read is kept: a periodic read that
   * began before an edit committed and ends after the edit's own reload
   * would otherwise put the old dates back for five minutes.
   */
  async reload(): Promise<void> {
    const load = ++this.#loadsStarted
    const rows = await this.#read()
    if (load !== this.#loadsStarted) return
    const dates = (name: string) => new Set(rows.filter((row) => row.name === name).map((row) => row.value.trim()))
    this.#holidays = dates(HOLIDAYS_DICTIONARY)
    this.#workdays = dates(WORKDAYS_DICTIONARY)
  }

  /** Loads now and then every few minutes; a failed load keeps the dates it had (at first: Monday to Friday). */
  async start(): Promise<void> {
    await this.refresh()
    this.#timer ??= setInterval(() => void this.refresh(), RELOAD_MS).unref()
  }

  stop(): void {
    clearInterval(this.#timer)
    this.#timer = undefined
  }

  /**
   * `reload`, but a failed read is logged and the dates it had are kept: after
   * an edit has committed, its request must not fail over the calendar; the
   * next periodic load catches up.
   */
  async refresh(): Promise<void> {
    try {
      await this.reload()
    } catch (error) {
      logger.warn({ err: error }, '工作日历未能从数据字典加载，沿用已有日期')
    }
  }
}

/** This process's work calendar, handed to the engine (appEngine). */
export const workCalendar = new DictionaryWorkCalendar()

import type { ExpressionContext, WorkDays } from './evaluate.js'
import { Refusal, describe, isEmptyValue, isPlainObject, looseEquals, sameValue, toNumber, toText } from './coerce.js'
import { MAX_WORKING_DAYS } from '../timers/work_calendar.js'

// Refused on every base, even as own JSON keys, so no path ever leads towards a prototype.
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype'])

/**
 * What `execution` resolves to: a closed view of the context, not the engine's execution,
 * so an expression reaches nothing beyond the members listed here.
 */
export class ExecutionHandle {
  readonly #context: ExpressionContext

  constructor(context: ExpressionContext) {
    this.#context = context
    Object.freeze(this)
  }

  property(name: string): unknown {
    if (name === 'processBusinessKey' || name === 'businessKey') return this.#context.businessKey ?? null
    throw new Refusal(`execution has no property '${name}'`)
  }

  call(name: string, args: unknown[]): unknown {
    if ((name === 'getVariable' || name === 'hasVariable') && args.length === 1 && typeof args[0] === 'string') {
      const known = this.#context.hasVariable(args[0])
      if (name === 'hasVariable') return known
      return known ? (this.#context.getVariable(args[0]) ?? null) : null
    }
    if (name === 'getVariable' || name === 'hasVariable') throw new Refusal(`execution.${name}() takes one string`)
    throw new Refusal(`execution has no method '${name}'`)
  }
}

/**
 * What `workCalendar` resolves to: a closed handle with one method,
 * `dueIn(n)`, the Camunda bean contract `Date dueIn(int)`. The argument is
 * coerced as EL coerces to int, then must be a whole number 1…365.
 */
export class WorkCalendarHandle {
  readonly #workDays: WorkDays

  constructor(workDays: WorkDays) {
    this.#workDays = workDays
    Object.freeze(this)
  }

  call(name: string, args: unknown[]): unknown {
    if (name !== 'dueIn') throw new Refusal(`workCalendar 只有 dueIn(n) 方法，没有 ${name}()`)
    if (args.length !== 1) throw new Refusal(`workCalendar.dueIn() 只接受一个参数（工作日天数），见到 ${args.length} 个`)
    const days = wholeDays(args[0])
    try {
      return this.#workDays.dueIn(days)
    } catch (error) {
      // the host's calendar may refuse (too few working days): the expression fails with its reason
      throw new Refusal((error as Error).message)
    }
  }
}

/** dueIn's argument as EL coerces it to int; anything but a whole number 1…365 is refused in Chinese. */
function wholeDays(value: unknown): number {
  let days = Number.NaN
  try {
    if (value !== null && value !== undefined && value !== '') days = toNumber(value)
  } catch {
    // not numeric at all: the same refusal as a fraction or an out-of-range number, below
  }
  if (!Number.isInteger(days) || days < 1 || days > MAX_WORKING_DAYS) {
    throw new Refusal(`workCalendar.dueIn() 的工作日天数必须是 1 到 ${MAX_WORKING_DAYS} 之间的整数（见到的是 ${describe(value)}）`)
  }
  return days
}

function propertyName(key: unknown): string | null {
  if (key === null || key === undefined) return null
  if (typeof key === 'string') return key
  if (typeof key === 'number' || typeof key === 'boolean') return String(key)
  throw new Refusal(`${describe(key)} cannot name a property`)
}

/**
 * `a.b` and `a['b']`: own data properties of JSON objects and list items only. A null base
 * or a missing key gives null, as EL's map and list resolvers do.
 */
export function readProperty(base: unknown, key: unknown): unknown {
  const name = propertyName(key)
  if (name !== null && FORBIDDEN.has(name)) throw new Refusal(`property '${name}' is not accessible`)
  if (base === null || base === undefined || name === null) return null
  if (base instanceof ExecutionHandle) return base.property(name)
  if (base instanceof WorkCalendarHandle) throw new Refusal(`workCalendar 没有属性 ${name}，请写 workCalendar.dueIn(n)`)
  if (Array.isArray(base)) {
    if (!/^\d+$/.test(name)) throw new Refusal(`a list has no property '${name}'`)
    const index = Number(name)
    return index < base.length ? (base[index] ?? null) : null
  }
  if (isPlainObject(base)) {
    // a descriptor read never runs an accessor a caller may have put on the object
    const descriptor = Object.getOwnPropertyDescriptor(base, name)
    return descriptor && 'value' in descriptor ? (descriptor.value ?? null) : null
  }
  throw new Refusal(`cannot read property '${name}' of ${describe(base)}`)
}

type Method = { arity: number; run: (base: unknown, args: unknown[]) => unknown }

function wrongBase(name: string, base: unknown): never {
  throw new Refusal(`${name}() cannot be called on ${describe(base)}`)
}

// The Java methods real models use on strings, lists and maps; each one is implemented here,
// never looked up on the value, so data can never supply the code that runs.
const METHODS = new Map<string, Method>([
  ['size', { arity: 0, run: (base) => sizeOf(base) ?? wrongBase('size', base) }],
  ['length', { arity: 0, run: (base) => (typeof base === 'string' ? base.length : wrongBase('length', base)) }],
  ['isEmpty', { arity: 0, run: (base) => (sizeOf(base) === null ? wrongBase('isEmpty', base) : isEmptyValue(base)) }],
  ['toString', { arity: 0, run: (base) => toText(base) }],
  ['equals', { arity: 1, run: (base, [other]) => sameValue(base, other) }],
  [
    'contains',
    {
      arity: 1,
      run: (base, [item]) => {
        if (typeof base === 'string') return base.includes(toText(item))
        if (Array.isArray(base)) return base.some((entry) => looseEquals(entry, item))
        return wrongBase('contains', base)
      },
    },
  ],
])

function sizeOf(base: unknown): number | null {
  if (typeof base === 'string' || Array.isArray(base)) return base.length
  if (isPlainObject(base)) return Object.keys(base).length
  return null
}

/** `base.name(args)` for allow-listed methods; a null base fails like JUEL's "target unreachable". */
export function callMethod(base: unknown, name: string, args: unknown[]): unknown {
  if (base instanceof ExecutionHandle) return base.call(name, args)
  if (base instanceof WorkCalendarHandle) return base.call(name, args)
  const method = METHODS.get(name)
  if (!method) throw new Refusal(`method '${name}' is not allowed`)
  if (base === null || base === undefined) throw new Refusal(`cannot call ${name}() on null`)
  if (args.length !== method.arity) throw new Refusal(`${name}() takes ${method.arity} argument(s), got ${args.length}`)
  return method.run(base, args)
}

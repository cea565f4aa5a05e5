let compiled = 0;

/**
 * A copy of `factory` compiled anew from its source, so that the closures it returns are the
 * only ones its function literals have made. V8 then specialises them to the arrays they close
 * over (constant addresses, no field loads), which it stops doing for a literal once it has made
 * a second closure. The factory must be self-contained: it sees only its parameters and globals,
 * not its module's imports or constants. Where code generation from strings is disallowed
 * (`--disallow-code-generation-from-strings`), returns `factory` itself.
 */
export function freshFunction<F extends (...args: never[]) => unknown>(factory: F): F {
  try {
    // The counter makes each source unique, so V8's compilation cache cannot hand back the
    // shared function info (and feedback) of an earlier copy.
    return new Function(`return (${factory.toString()}) // fresh copy ${++compiled}`)() as F;
  } catch {
    return factory;
  }
}

/**
 * The emulator framework: an in-process HTTP server on loopback on which a provider emulator
 * declares its wire protocol, with an emulated clock, scriptable faults, a request log and an
 * admin endpoint. Faults include answers that lie (bodies replaced, emptied or rewritten by a
 * {@link io.dclink.testkit.emulator.BodyRewrite}) and {@link io.dclink.testkit.emulator.Emulator#awaitIdle} waits
 * until a request whose client gave up has taken effect. A resource's raw lifecycle is a {@link io.dclink.testkit.emulator.RawLifecycle}
 * table whose rows are taken by the clock, by operator calls and by requests. Emulators are
 * written from the provider references, never from plugin code.
 */
package io.dclink.testkit.emulator;

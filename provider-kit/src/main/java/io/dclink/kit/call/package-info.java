/**
 * Calling a provider's actions over the runtime's transport (read, read of an answer that may be
 * empty, write, client-token write, repeatable write, and deletes that treat "gone" as done, with
 * their answer read or not) and reading one resource — out of a listing answer or a single read —
 * without ever returning the wrong one, its id read as text of the provider's form.
 */
package io.dclink.kit.call;

/**
 * Calling a provider's actions over the runtime's transport (read, write, client-token write,
 * repeatable write, delete that treats "gone" as done) and reading one resource out of a listing
 * answer without ever returning the wrong one.
 */
package io.dclink.kit.call;

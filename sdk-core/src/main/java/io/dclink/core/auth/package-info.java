/** Credential helpers for plugins: access keys from the environment, and the check that a client got the kind it needs. */
package io.dclink.core.auth;

/**
 * The pure lifecycle state machine: for each resource type a table of states, legal transitions,
 * terminal states, the required action of each state and the operations allowed in it; pure
 * functions that classify an observed change and gate an operation. No I/O, no clocks.
 * Provider-specific refinements are applied as data.
 */
package io.dclink.core.lifecycle;

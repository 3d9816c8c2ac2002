/**
 * The neutral lifecycle vocabulary: one state enum per resource type, who must act next,
 * the operations a lifecycle can gate, and how an observed change is classified.
 *
 * <p>States are separate axes, as in AWS, NetBox, MEF and Equinix: the lifecycle state of a
 * resource, the {@link io.dclink.lifecycle.RequiredAction} (who has to do what next), its
 * {@link io.dclink.lifecycle.OperationalStatus} (link or BGP up/down) and its
 * {@link io.dclink.lifecycle.BusinessStatus} (normal, overdue, locked). The raw provider state is
 * always kept beside them in {@link io.dclink.model.ProviderState}.
 */
package io.dclink.lifecycle;
